package cn.gov.zjg.credit.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;
import cn.gov.zjg.credit.validation.OrgCode;

/**
 * Identifiers with correct check characters for fictitious subjects. Each is derived from an index through a
 * bijection, so two indexes never give the same code or number (the bulk benchmark needs 330,000 distinct credit codes
 * and 5,500,000 distinct ID numbers), while consecutive indexes do not look consecutive.
 */
public final class FictitiousIds {

    /** The credit code alphabet (GB 32100: no I, O, S, V, Z); the organisation code body uses its first 30. */
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 31^6: the range of the six free characters of a new-style organisation code. */
    private static final long NEW_STYLE_RANGE = 887_503_681L;
    /** 10^7: the range of the seven free digits of an old-style (pre-2016) organisation code. */
    private static final long OLD_STYLE_RANGE = 10_000_000L;
    /** 张家港 and, for people who work there, a few other places of birth registration. */
    private static final String[] BIRTH_REGIONS = {"320582", "320582", "320582", "320582", "320582", "320582",
        "320581", "320583", "320585", "321281", "321088", "320982", "342201", "341221", "411521", "510921"};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1956, 1, 1);
    /** Birth dates span 50 years: people aged about 20 to 70 in 2026. */
    private static final int BIRTH_DAYS = 50 * 365;

    private FictitiousIds() {
    }

    /**
     * 组织机构代码 (GB 11714), unique per index: even indexes the new form {@code MA1xxxxx} (since 2016), odd ones an
     * eight-digit old form, as Zhangjiagang's register mixes both.
     */
    public static String orgCode(long index) {
        String body;
        if (index % 2 == 0) {
            long n = scramble(index / 2, NEW_STYLE_RANGE, 387_420_489L);
            body = "MA" + base31(n, 6);
        } else {
            long n = scramble(index / 2, OLD_STYLE_RANGE, 7_368_787L);
            body = (char) ('1' + (int) (index % 7)) + String.format("%07d", n);
        }
        return body + OrgCode.checkChar(body);
    }

    /**
     * 统一社会信用代码 (GB 32100) registered in Zhangjiagang (320582): {@code 91} enterprise, {@code 92} 个体工商户,
     * {@code 93} farmers' cooperative, {@code 11} government body, {@code 52} private non-enterprise unit. The
     * 主体标识码 is {@link #orgCode(long)}, whose own check character is valid too.
     */
    public static String creditCode(String authorityAndCategory, long index) {
        String first17 = authorityAndCategory + "320582" + orgCode(index);
        return first17 + CreditCode.checkChar(first17);
    }

    /**
     * 居民身份证号 (GB 11643), unique per index below 9,125,000: birth date and sequence number both come from the
     * index, the region from the index too; the sequence's parity gives the sex.
     */
    public static String idNumber(long index, boolean male) {
        long n = scramble(index, 9_125_000L, 5_764_801L);
        String region = BIRTH_REGIONS[(int) (index % BIRTH_REGIONS.length)];
        LocalDate birth = EARLIEST_BIRTH.plusDays(n % BIRTH_DAYS);
        long sequence = n / BIRTH_DAYS * 2 + (male ? 1 : 0); // 0..999, odd = male
        String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + IdCardNumber.checkChar(first17);
    }

    /** The birth date written in an ID number. */
    public static LocalDate birthDate(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    /**
     * 工商注册号 of Zhangjiagang (15 digits, 3205826 + 7 digits + check digit by ISO 7064 MOD 11,10, GB/T 17710).
     * {@code individual} numbers carry the 个体 marker 6 in position 7.
     */
    public static String registrationNo(SplittableRandom random, boolean individual) {
        StringBuilder digits = new StringBuilder(individual ? "320582600" : "320582000");
        while (digits.length() < 14) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        int p = 10;
        for (int i = 0; i < 14; i++) {
            int s = (p + digits.charAt(i) - '0') % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return digits.append((11 - p) % 10).toString();
    }

    /** {@code n * multiplier + offset} modulo {@code range}: a bijection on [0, range) when both are coprime. */
    private static long scramble(long n, long range, long multiplier) {
        if (n >= range) {
            throw new IllegalArgumentException("index out of range: " + n);
        }
        return Math.floorMod(n * multiplier + range / 3, range);
    }

    private static String base31(long n, int width) {
        char[] chars = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            chars[i] = CODE_CHARS.charAt((int) (n % 31));
            n /= 31;
        }
        return new String(chars);
    }
}

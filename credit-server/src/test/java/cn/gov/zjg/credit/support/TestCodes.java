package cn.gov.zjg.credit.support;

import java.util.concurrent.ThreadLocalRandom;

import cn.gov.zjg.credit.validation.CreditCode;
import cn.gov.zjg.credit.validation.IdCardNumber;
import cn.gov.zjg.credit.validation.OrgCode;

/** Fresh valid identifiers for tests that need subjects no other test uses. */
public final class TestCodes {


    private TestCodes() {
    }

    /** A random 统一社会信用代码 of a 张家港 enterprise (91320582...) with its GB 32100 check character. */
    public static String creditCode() {
        StringBuilder code = new StringBuilder("91320582");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append((char) ('0' + random.nextInt(10)));
        }
        code.append(org).append(OrgCode.checkChar(org.toString())); // the embedded 组织机构代码 (GB 11714)
        return code.append(CreditCode.checkChar(code.toString())).toString();
    }

    /** A random 18-digit 居民身份证号 (GB 11643) born in 张家港 (320582) in the 1980s. */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = "320582" + (1980 + random.nextInt(10)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return body + IdCardNumber.checkChar(body);
    }
}

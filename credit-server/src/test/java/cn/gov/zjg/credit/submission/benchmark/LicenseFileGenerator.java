package cn.gov.zjg.credit.submission.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.zjg.credit.submission.FieldDef;
import cn.gov.zjg.credit.submission.RecordType;
import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.ExcelWriter;
import com.alibaba.excel.write.metadata.WriteSheet;

/**
 * Writes a realistic 行政许可 workbook of any size with EasyExcel's streaming writer (SXSSF: rows go to a temporary
 * file in batches, so 460,000 rows never sit in memory). The 28 columns are the template's, in its order and with its
 * headers. Values look like a market-regulation export: company and individual-business names, valid credit codes
 * (GB 32100) and identity numbers (GB 11643), document numbers, a long 许可内容, dates written as date cells and as
 * text in the forms clerks use, status typed as a number. Every row is valid, so all of them are staged.
 *
 * <p>Deterministic: the same rows and seed give the same content.
 */
public final class LicenseFileGenerator {

    /** Part of the generated file names: bump it when the content changes, so cached files are regenerated. */
    public static final int VERSION = 1;

    private static final int WRITE_BATCH = 2_000;
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // GB 32100: no I O S V Z
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static final String[] BRAND_A = {"华", "金", "永", "东", "澳", "国", "梁", "骏", "江", "长", "港", "暨", "凤",
        "塘", "锦", "乐", "南", "大", "恒", "联", "新", "盛", "德", "鑫", "宏", "沙", "顺", "瑞", "晨", "中"};
    private static final String[] BRAND_B = {"昌", "泰", "达", "润", "丰", "鼎", "阳", "洋", "峰", "通", "源", "祥", "邦",
        "鸿", "兴", "诚", "宇", "凯", "辉", "杰", "荣", "成", "佳", "茂", "嘉", "越", "海", "安", "信", "和"};
    private static final String[] TRADES = {"贸易", "机械制造", "纺织", "电子科技", "化工", "物流", "建材", "餐饮管理",
        "食品", "五金", "服饰", "新材料", "环保科技", "医疗器械", "汽车服务", "包装", "冶金", "精密模具", "生物科技",
        "商贸", "酒店管理", "装饰工程", "信息技术", "农业发展"};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    private static final String[] TOWNS = {"杨舍镇", "塘桥镇", "金港街道", "锦丰镇", "乐余镇", "凤凰镇", "南丰镇", "大新镇",
        "常阴沙", "经济技术开发区", "保税区", "冶金工业园"};
    private static final String[] ROADS = {"人民中路", "长安南路", "暨阳西路", "港城大道", "沙洲西路", "国泰北路",
        "东环路", "华昌路", "梁丰路", "杨舍东街", "金塘路", "步行街"};
    private static final String[] SHOPS = {"便利店", "小吃店", "五金商店", "理发店", "水果店", "副食品商店", "烟酒店",
        "服装店", "早餐店", "汽车修理部"};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱",
        "马", "胡", "郭", "钱", "顾", "沈", "陆", "缪", "曹", "季", "瞿"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀英", "华", "建国", "志强", "晓东", "海燕", "春梅", "国平", "卫东"};
    private static final String[][] LICENSES = {
        {"食品经营许可决定书", "食品经营许可证", "JY1320582", "食品经营许可"},
        {"食品生产许可决定书", "食品生产许可证", "SC1063205", "食品生产许可"},
        {"药品经营许可决定书", "药品经营许可证", "苏CB51", "药品零售经营许可"},
        {"特种设备使用登记决定书", "特种设备使用登记证", "梯11苏E", "特种设备使用登记"},
        {"医疗器械经营备案凭证", "第二类医疗器械经营备案凭证", "苏苏食药监械经营备", "第二类医疗器械经营备案"},
        {"工业产品生产许可决定书", "全国工业产品生产许可证", "苏XK16-", "工业产品生产许可"}};
    private static final String[] ITEMS = {"预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
        "特殊食品销售（保健食品、婴幼儿配方乳粉）", "热食类食品制售", "冷食类食品制售", "糕点类食品制售（含裱花蛋糕）",
        "自制饮品制售", "中药饮片、中成药、化学药制剂、抗生素制剂、生化药品、生物制品（除疫苗）零售",
        "乘客电梯、载货电梯、自动扶梯的使用管理", "压力容器（固定式）的使用管理", "第二类医疗器械批发与零售",
        "危险化学品包装物、容器（钢桶、塑料桶）生产", "电线电缆（低压电力电缆）生产", "预制肉制品的生产与加工",
        "饮料（瓶（桶）装饮用水类）生产", "网络经营（仅限通过第三方平台销售）"};
    private static final String[] CONDITIONS = {"经营者应当在经营场所显著位置悬挂或者摆放许可证正本",
        "许可事项发生变化的，应当在变化后十个工作日内向原发证部门申请变更", "不得超出许可范围从事经营活动",
        "应当建立并执行进货查验记录制度，如实记录产品名称、规格、数量、供货者名称及联系方式等内容",
        "从业人员应当每年进行健康检查，取得健康证明后方可上岗", "有效期届满需要延续的，应当在届满三十个工作日前提出申请",
        "本决定自作出之日起生效", "应当按照规定接受监督检查，并如实提供有关情况和材料",
        "经营场所、设施设备及布局流程应当持续符合相关规定"};
    private static final String[][] AGENCIES = {
        {"张家港市市场监督管理局", "11320582014160050U", "张市监许"},
        {"张家港市行政审批局", "11320582MB1839652E", "张行审许"},
        {"苏州市张家港生态环境局", "11320582MB1957340U", "张环许"},
        {"张家港市卫生健康委员会", "11320582014158346N", "张卫许"}};

    private final Random random;

    private LicenseFileGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The template's headers: the standard's names, required ones marked with {@code *}. */
    public static List<List<String>> head() {
        return RecordType.LICENSE.fields().stream()
                .map(f -> List.of((f.mandatory() ? "*" : "") + f.name()))
                .toList();
    }

    /** Writes {@code rows} data rows (plus the header row) to {@code file}. */
    public static void write(Path file, int rows, long seed) {
        LicenseFileGenerator generator = new LicenseFileGenerator(seed);
        try (ExcelWriter writer = EasyExcel.write(file.toFile()).head(head()).build()) {
            WriteSheet sheet = EasyExcel.writerSheet(0, RecordType.LICENSE.label()).build();
            for (int from = 0; from < rows; from += WRITE_BATCH) {
                int to = Math.min(rows, from + WRITE_BATCH);
                List<List<Object>> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    batch.add(generator.row(i));
                }
                writer.write(batch, sheet);
            }
        }
    }

    /** One data row, in the order of {@link RecordType#LICENSE}'s fields. */
    List<Object> row(int index) {
        int kind = random.nextInt(100);
        String[] license = LICENSES[random.nextInt(LICENSES.length)];
        String[] agency = AGENCIES[index % 10 < 7 ? 0 : 1 + random.nextInt(AGENCIES.length - 1)];
        String person = personName();
        LocalDate decided = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(6 * 365));
        Row row = new Row();
        if (kind < 80) { // 法人及非法人组织
            String org = orgCode();
            row.put("XK_XDR_MC", companyName());
            row.put("XK_XDR_LB", "法人及非法人组织");
            row.put("XK_XDR_SHXYM", creditCode('9', '1', org));
            row.put("XK_XDR_GSZC", random.nextInt(3) == 0 ? "320582" + digits(9) : null);
            row.put("XK_XDR_ZZJG", random.nextInt(4) == 0 ? org : null);
            row.put("XK_XDR_SWDJ", random.nextInt(6) == 0 ? "320582" + org : null);
            row.put("XK_FRDB", person);
            if (random.nextInt(3) == 0) {
                row.put("XK_FR_ZJLX", "身份证");
                row.put("XK_FR_ZJHM", idNumber());
            }
        } else if (kind < 92) { // 个体工商户: the operator is the legal representative
            row.put("XK_XDR_MC", "张家港市" + TOWNS[random.nextInt(TOWNS.length)] + person + SHOPS[random.nextInt(SHOPS.length)]);
            row.put("XK_XDR_LB", "个体工商户");
            row.put("XK_XDR_SHXYM", creditCode('9', '2', orgCode()));
            row.put("XK_XDR_GSZC", "320582600" + digits(6));
            row.put("XK_FRDB", person);
        } else { // 自然人
            row.put("XK_XDR_MC", person);
            row.put("XK_XDR_LB", "自然人");
            row.put("XK_XDR_ZJLX", "身份证");
            row.put("XK_XDR_ZJHM", idNumber());
        }
        row.put("XK_XKWS", license[0]);
        row.put("XK_WSH", agency[2] + "〔" + decided.getYear() + "〕" + (index + 1) + "号");
        row.put("XK_XKLB", pick("普通", "普通", "普通", "特许", "认可", "核准", "登记"));
        row.put("XK_XKZS", license[1]);
        row.put("XK_XKBH", license[2] + String.format("%09d", index + 1));
        row.put("XK_NR", content(license[3]));
        row.put("XK_JDRQ", date(decided));
        row.put("XK_YXQZ", date(decided));
        row.put("XK_YXQZI", random.nextInt(10) == 0 ? "2099/12/31" : date(decided.plusYears(5).minusDays(1)));
        row.put("XK_XKJG", agency[0]);
        row.put("XK_XKJGDM", agency[1]);
        row.put("XK_ZT", random.nextInt(20) == 0 ? "2" : 1); // typed into Excel, 1 becomes a number cell
        row.put("XK_LYDW", agency[0]);
        row.put("XK_LYDWDM", agency[1]);
        row.put("BZ", random.nextInt(20) == 0 ? "补报" + (decided.getYear()) + "年度数据" : null);
        return row.values;
    }

    /** Dates as clerks leave them: mostly date cells, the rest text in the forms of the template's notes. */
    private Object date(LocalDate date) {
        int form = random.nextInt(100);
        if (form < 60) {
            return date;
        }
        if (form < 85) {
            return "%d/%02d/%02d".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }
        if (form < 95) {
            return date.toString();
        }
        return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** 许可内容 of 100 to 300 characters: the permitted items, the premises and the usual conditions. */
    private String content(String what) {
        int target = 100 + random.nextInt(201);
        StringBuilder text = new StringBuilder("准予").append(what).append("。许可项目：");
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            text.append(i == 0 ? "" : "；").append(ITEMS[random.nextInt(ITEMS.length)]);
        }
        text.append("。经营场所：张家港市").append(TOWNS[random.nextInt(TOWNS.length)])
                .append(ROADS[random.nextInt(ROADS.length)]).append(1 + random.nextInt(999)).append("号");
        while (text.length() < target) {
            text.append("；").append(CONDITIONS[random.nextInt(CONDITIONS.length)]);
        }
        text.setLength(target - 1);
        return text.append("。").toString();
    }

    private String companyName() {
        return "张家港" + (random.nextBoolean() ? "市" : "") + BRAND_A[random.nextInt(BRAND_A.length)]
                + BRAND_B[random.nextInt(BRAND_B.length)] + TRADES[random.nextInt(TRADES.length)]
                + FORMS[random.nextInt(FORMS.length)];
    }

    private String personName() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    /** GB 11714 organisation code: 8 characters and a check character (weights 3 7 9 10 5 8 4 2, mod 11). */
    private String orgCode() {
        StringBuilder body = new StringBuilder(random.nextInt(3) == 0 ? "MA" : "");
        while (body.length() < 8) {
            body.append(random.nextInt(4) == 0 ? CODE_CHARS.charAt(10 + random.nextInt(21)) : (char) ('0' + random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return body.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check)).toString();
    }

    /** GB 32100 unified social credit code for Zhangjiagang (320582): check = 31 - (weighted sum mod 31). */
    static String creditCode(char authority, char category, String orgCode) {
        String body = "" + authority + category + "320582" + orgCode;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_CHARS.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
        }
        return body + CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    /** GB 11643 citizen identity number born in Zhangjiagang, with its mod-11 check character. */
    private String idNumber() {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        String body = "320582" + birth.toString().replace("-", "") + digits(3);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A row being built by field code; unset fields are empty cells. */
    private static final class Row {
        private static final Map<String, Integer> INDEX = new HashMap<>();

        static {
            List<FieldDef> fields = RecordType.LICENSE.fields();
            for (int i = 0; i < fields.size(); i++) {
                INDEX.put(fields.get(i).code(), i);
            }
        }

        private final List<Object> values = new ArrayList<>(Collections.nCopies(INDEX.size(), null));

        void put(String code, Object value) {
            values.set(INDEX.get(code), value);
        }
    }
}

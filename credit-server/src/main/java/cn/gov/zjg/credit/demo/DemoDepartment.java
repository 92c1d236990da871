package cn.gov.zjg.credit.demo;

import java.util.List;

/**
 * The departments that report demo data (codes and names as seeded in sql/V3), each with its document-number style
 * (张市监处罚〔2026〕123号), what it licenses and penalises, and the goods its cases are about. The agency credit
 * codes are fictitious (valid check characters, category 11 government body).
 *
 * @param weight the department's share of the demo records, roughly as reporting volumes differ in practice
 */
public enum DemoDepartment {

    MARKET("scjg", "张家港市市场监督管理局", "张市监许〔%d〕%d号", "张市监处罚〔%d〕%d号", LicenseKinds.MARKET,
            PenaltyCases.MARKET, new String[] {"散装大米", "鲜猪肉", "韭菜", "桶装饮用水", "月饼", "电动自行车充电器",
                "儿童服装", "塑料购物袋", "保健食品"}, 30),
    APPROVAL("spj", "张家港市行政审批局", "张行审许〔%d〕%d号", null, LicenseKinds.APPROVAL, List.of(),
            new String[] {}, 14),
    ENVIRONMENT("sthj", "苏州市张家港生态环境局", "张环许〔%d〕%d号", "苏E张环罚〔%d〕%d号", LicenseKinds.ENVIRONMENT,
            PenaltyCases.ENVIRONMENT, new String[] {"年产10万件五金制品", "喷涂生产线技术改造", "年加工3万吨废钢",
                "塑料制品扩建"}, 12),
    HOUSING("zjj", "张家港市住房和城乡建设局", "张住建许〔%d〕%d号", "张住建罚决字〔%d〕%d号", LicenseKinds.HOUSING,
            PenaltyCases.HOUSING, new String[] {"标准厂房", "商业综合楼", "安置小区二期", "物流仓储中心"}, 8),
    TRANSPORT("jtj", "张家港市交通运输局", "张交许〔%d〕%d号", "张交罚〔%d〕%d号", LicenseKinds.TRANSPORT,
            PenaltyCases.TRANSPORT, new String[] {}, 10),
    EMERGENCY("yjj", "张家港市应急管理局", null, "（苏张）应急罚〔%d〕%d号", List.of(), PenaltyCases.EMERGENCY,
            new String[] {"乙醇", "甲苯", "油漆稀释剂", "液化石油气"}, 6),
    CITY("cgj", "张家港市城市管理局", "张城管许〔%d〕%d号", "张城管罚决字〔%d〕第%d号", LicenseKinds.CITY,
            PenaltyCases.CITY, new String[] {"水果", "小吃", "日用百货", "服装"}, 10),
    HEALTH("wjw", "张家港市卫生健康委员会", "张卫许〔%d〕%d号", "张卫罚〔%d〕%d号", LicenseKinds.HEALTH,
            PenaltyCases.HEALTH, new String[] {"口腔", "医疗美容", "针灸推拿", "内科"}, 6),
    FIRE("xf", "张家港市消防救援大队", null, "张消行罚决字〔%d〕%04d号", List.of(), PenaltyCases.FIRE,
            new String[] {}, 4);

    private final String code;
    private final String fullName;
    private final String licenseNumberFormat;
    private final String penaltyNumberFormat;
    private final List<LicenseKind> licenses;
    private final List<PenaltyCase> penalties;
    private final String[] goods;
    private final int weight;

    DemoDepartment(String code, String fullName, String licenseNumberFormat, String penaltyNumberFormat,
            List<LicenseKind> licenses, List<PenaltyCase> penalties, String[] goods, int weight) {
        this.code = code;
        this.fullName = fullName;
        this.licenseNumberFormat = licenseNumberFormat;
        this.penaltyNumberFormat = penaltyNumberFormat;
        this.licenses = licenses;
        this.penalties = penalties;
        this.goods = goods;
        this.weight = weight;
    }

    /** The department's code in the {@code department} table (sql/V3). */
    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    /** A fictitious 统一社会信用代码 of the agency (category 11), the same on every run. */
    public String agencyCode() {
        return FictitiousIds.creditCode("11", 1_000_001 + 2L * ordinal());
    }

    public boolean licenses() {
        return !licenses.isEmpty();
    }

    public boolean penalises() {
        return !penalties.isEmpty();
    }

    boolean licensesNaturalPersons() {
        return licenses.stream().anyMatch(k -> k.subjects().contains("N"));
    }

    boolean penalisesNaturalPersons() {
        return penalties.stream().anyMatch(c -> c.subjects().contains("N"));
    }

    List<LicenseKind> licenseKinds() {
        return licenses;
    }

    List<PenaltyCase> penaltyCases() {
        return penalties;
    }

    String[] goods() {
        return goods;
    }

    int weight() {
        return weight;
    }

    /** The decision document number, e.g. 张市监处罚〔2026〕123号. */
    String documentNumber(boolean penalty, int year, int number) {
        return (penalty ? penaltyNumberFormat : licenseNumberFormat).formatted(year, number);
    }
}

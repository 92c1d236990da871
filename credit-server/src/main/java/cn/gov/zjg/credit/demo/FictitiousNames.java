package cn.gov.zjg.credit.demo;

import java.util.SplittableRandom;

/**
 * Names that read like Zhangjiagang's register but belong to nobody: a 字号 is two syllables drawn at random, so any
 * likeness to a real enterprise is chance. Every generated record also says 演示数据 in its 备注.
 */
final class FictitiousNames {

    private static final String[] BRAND_A = {"华", "金", "永", "东", "澳", "国", "梁", "骏", "江", "长", "港", "暨", "凤",
        "塘", "锦", "乐", "南", "恒", "联", "新", "盛", "德", "鑫", "宏", "沙", "顺", "瑞", "晨", "中", "亿", "天", "万",
        "百", "汇", "博", "正", "益", "裕", "立", "弘"};
    private static final String[] BRAND_B = {"昌", "泰", "达", "润", "丰", "鼎", "阳", "洋", "峰", "通", "源", "祥", "邦",
        "鸿", "兴", "诚", "宇", "凯", "辉", "杰", "荣", "成", "佳", "茂", "嘉", "越", "海", "安", "信", "和", "远", "盈",
        "晟", "煜", "锐", "腾", "航", "驰", "铭", "澜"};
    /** 行业表述 of the name, and the places a business of that trade is usually found. */
    private static final String[] TRADES = {"贸易", "机械制造", "纺织", "电子科技", "化工", "物流", "建材", "餐饮管理",
        "食品", "五金", "服饰", "新材料", "环保科技", "医疗器械", "汽车服务", "包装材料", "冶金", "精密模具", "生物科技",
        "商贸", "酒店管理", "装饰工程", "信息技术", "农业发展", "建设工程", "运输", "船舶配件", "光电科技", "钢结构工程",
        "再生资源", "塑业", "物业管理", "粮油", "超市", "门诊部", "健身服务"};
    private static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"};
    static final String[] TOWNS = {"杨舍镇", "塘桥镇", "金港街道", "锦丰镇", "乐余镇", "凤凰镇", "南丰镇", "大新镇",
        "常阴沙现代农业示范园区", "经济技术开发区", "保税区", "冶金工业园"};
    static final String[] ROADS = {"人民中路", "长安南路", "暨阳西路", "港城大道", "沙洲西路", "国泰北路", "东环路",
        "华昌路", "梁丰路", "杨舍东街", "金塘路", "步行街", "南二环路", "塘市路", "晨阳路", "东二环路", "江帆路",
        "妙桥路", "福前路", "凤凰大道"};
    private static final String[] SHOPS = {"便利店", "小吃店", "五金商店", "理发店", "水果店", "副食品商店", "烟酒店",
        "服装店", "早餐店", "汽车修理部", "面馆", "超市", "饭店", "建材经营部", "日用品商行", "电动车维修部"};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "朱",
        "马", "胡", "郭", "钱", "顾", "沈", "陆", "缪", "曹", "季", "瞿", "施", "黄", "蔡", "严", "邹", "包"};
    private static final String[] GIVEN_MALE = {"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "华", "建国",
        "志强", "晓东", "国平", "卫东", "建华", "永明", "海峰", "文斌", "俊杰", "浩", "宇航", "子豪", "振华", "立新"};
    private static final String[] GIVEN_FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "秀英", "海燕", "春梅",
        "丽华", "晓燕", "玉兰", "雪梅", "婷", "佳怡", "欣怡", "梦瑶", "红霞", "美玲", "慧", "雅琴"};

    private FictitiousNames() {
    }

    /** 张家港 + 字号 + 行业 + 组织形式, e.g. 张家港市鑫润机械制造有限公司. */
    static String company(SplittableRandom random) {
        return "张家港" + (random.nextInt(3) == 0 ? "" : "市") + pick(random, BRAND_A) + pick(random, BRAND_B)
                + pick(random, TRADES) + pick(random, FORMS);
    }

    /** A 个体工商户 as registered: 张家港市 + 镇 + 字号 or operator + 行业, e.g. 张家港市杨舍镇恒达五金商店. */
    static String individualBusiness(SplittableRandom random, String operator) {
        String brand = random.nextInt(3) == 0 ? operator : pick(random, BRAND_A) + pick(random, BRAND_B);
        return "张家港市" + pick(random, TOWNS) + brand + pick(random, SHOPS);
    }

    /** A farmers' cooperative (category 93). */
    static String cooperative(SplittableRandom random) {
        return "张家港市" + pick(random, TOWNS) + pick(random, BRAND_A) + pick(random, BRAND_B)
                + pick(random, new String[] {"水稻", "蔬菜", "果品", "水产养殖", "农机"}) + "专业合作社";
    }

    static String person(SplittableRandom random, boolean male) {
        return pick(random, SURNAMES) + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
    }

    /** An address in Zhangjiagang: 镇 + 路 + 号. */
    static String address(SplittableRandom random) {
        return "张家港市" + pick(random, TOWNS) + pick(random, ROADS) + (1 + random.nextInt(999)) + "号";
    }

    static String pick(SplittableRandom random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}

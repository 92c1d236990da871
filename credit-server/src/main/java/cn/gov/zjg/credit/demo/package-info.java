/**
 * Demo mode (embedded default only): the demo accounts listed in the README, the startup banner, and the living demo
 * dataset (issue 6): a fictitious generator of subjects and 行政许可 / 行政处罚 records ({@link
 * cn.gov.zjg.credit.demo.DemoRecords}, {@link cn.gov.zjg.credit.demo.DemoSubject}, valid GB 32100 and GB 11643 check
 * characters, 备注 演示数据) and the loader that takes them through the real intake, validation, review and publication
 * path at the first start. Never active in production: {@code credit.demo.enabled} is set only by the embedded
 * launcher.
 *
 * <p>Owns table {@code demo_dataset} (sql/V18).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "department", "submission",
    "validation", "review", "publication", "redblack"})
package cn.gov.zjg.credit.demo;

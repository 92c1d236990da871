/**
 * Submitting departments (市场监管局, 税务局, 生态环境局, ...): the 53+ bodies that send licenses and penalties. Owns table
 * {@code department}. Department submitters see only their own department: the scope is applied in the queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit"})
package cn.gov.zjg.credit.department;

/**
 * User administration in the console: create department clerks and center staff, assign roles and a department,
 * enable or disable, reset passwords. The accounts themselves belong to the security feature; this feature is the
 * administrator's screen over them and adds department names.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "department", "audit"})
package cn.gov.zjg.credit.user;

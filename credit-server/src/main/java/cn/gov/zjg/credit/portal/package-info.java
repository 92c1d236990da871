/**
 * The public site 信用张家港: home page and the pages that span features. Public views only; never a personal
 * identifier unmasked. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "department"})
package cn.gov.zjg.credit.portal;

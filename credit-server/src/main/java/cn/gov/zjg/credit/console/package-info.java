/**
 * The console shell: home dashboard and the navigation, which follows the user's permissions. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "department"})
package cn.gov.zjg.credit.console;

/**
 * Demo mode (embedded default only): the demo accounts listed in the README, and the startup banner. Never active
 * in production: {@code credit.demo.enabled} is set only by the embedded launcher.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "department"})
package cn.gov.zjg.credit.demo;

/**
 * How every job of the platform runs. Handlers are XXL-JOB {@code @XxlJob} methods in their own features; this
 * feature starts the XXL-JOB executor (which an XXL-JOB admin triggers, with sharding broadcast across nodes), runs the
 * same handlers from a local scheduler when no admin is configured, keeps the job run log, and a watchdog that fails
 * runs stuck past a timeout. Owns table {@code job_run}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package cn.gov.zjg.credit.jobs;

/**
 * Shared kernel, kept small: paging types, the two domain exceptions, request ids, security headers, error pages and
 * the Redis token buckets every rate limit uses ({@code RedisBuckets}).
 * Depends on nothing else in the application; every feature may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.zjg.credit.shared;

package cn.gov.zjg.credit.subject;

import java.time.LocalDateTime;

/** A name a legal subject used until the platform learned its new one. */
public record FormerName(String name, LocalDateTime usedUntil) {
}

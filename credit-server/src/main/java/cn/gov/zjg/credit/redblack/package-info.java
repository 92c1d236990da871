/**
 * Red and black lists (issue 7, domain.md §4): 守信激励对象 / 诚信典型 (red) and 严重失信主体名单 (black) entries that
 * departments propose (console form, Excel upload in {@code intake}, signed push API), reviewers approve or reject at
 * {@code /console/review/lists}, and that are then published and linked to the subject databases. The
 * {@code redblackLifecycle} job removes expired entries (期满, §4.3); departments and reviewers remove entries early
 * (修复 / 异议成立 / 决定撤销). Every change is kept in {@code redblack_entry_history}. Sub-packages: {@code intake}
 * (Excel and push), {@code site} (public pages {@code /redlist}, {@code /blacklist}, {@code /exposure} and the
 * curation of the exposure board), {@code check} (credit check, 联合奖惩 / 信用核查, console and signed API).
 *
 * <p>Public surface for other features: {@link cn.gov.zjg.credit.redblack.RedBlackBadges} (badges per legal subject).
 *
 * <p>Owns tables {@code redblack_list_type}, {@code redblack_entry}, {@code redblack_entry_history},
 * {@code redblack_upload}, {@code redblack_upload_error}, {@code redblack_exposure_curation},
 * {@code redblack_check_log}. Foreign tables, for speed: on approval it creates the subject when absent
 * ({@code legal_subject} by {@code subject_key} = the USCC, the rule of publication; {@code natural_person} by
 * {@code id_hash}) with {@code insert ignore}, never changing an existing subject; the exposure board and the credit
 * check read {@code publicity_penalty} (status PUBLIC, tier SERIOUS), {@code legal_subject} and
 * {@code natural_person}. Natural persons' identifiers are stored only encrypted with their keyed hash (domain.md §6).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "jobs",
        "department", "validation", "submission", "submission::signed-api", "subject"})
package cn.gov.zjg.credit.redblack;

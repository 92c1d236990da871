/**
 * The public site 信用张家港 (issue 6): home, 信用查询 (search by credit code or name), subject profiles, the
 * double-publicity (双公示) lists and details, statistics, the natural-person self-query, per-client rate limits with a
 * captcha, and a Redis cache of page models. Public views only; never a personal identifier unmasked.
 *
 * <p>Owns tables {@code portal_name_token} (bigram name index, V15) and {@code portal_self_query_log} (V15), and the
 * Redis keys {@code credit:portal:*}. Reads publication's tables {@code legal_subject}, {@code publicity_license},
 * {@code publicity_penalty} and {@code natural_person} directly (a cross-feature read for speed, with the public
 * visibility rule in every query; {@code PortalMapper.xml}); never their encrypted identifiers, except
 * {@code natural_person.name_enc} to check a self-query's name. Domain rules: domain.md §6 and decision 8 (natural
 * persons), decisions 3 and 6, §3.4 (what is public).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "department", "security", "jobs", "publication", "redblack"})
package cn.gov.zjg.credit.portal;

package cn.gov.zjg.credit.console;

/** One console menu entry: its message key, where it goes, and the permission that shows it. */
public record NavItem(String section, String labelKey, String href, String permission) {
}

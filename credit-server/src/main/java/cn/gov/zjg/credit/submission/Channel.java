package cn.gov.zjg.credit.submission;

/** How records reached the platform. */
public enum Channel {
    EXCEL, API, CONSOLE
}

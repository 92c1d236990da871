package cn.gov.zjg.credit.submission;

/** How a field's raw value is normalised on intake. */
public enum FieldKind {
    /** Free text: trimmed, invisible characters removed. */
    TEXT,
    /** A code (credit code, registration numbers): full-width to half-width, no spaces, upper case. */
    CODE,
    /** A person's identifier (证件号码): normalised like a code, then stored only encrypted with a keyed hash. */
    IDENTIFIER,
    /** One value from a dictionary (validated later): trimmed, full-width to half-width. */
    ENUM,
    /** Several dictionary values: split on ; ； , ， 、 and joined with ; (domain.md decision 3). */
    MULTI_ENUM,
    /** A date: Excel date cells and text such as 2024/05/01, 2024-05-01, 2024年5月1日, 20240501. */
    DATE,
    /** An amount in 万元 (10,000 yuan), up to 6 decimals; numbers stored as text are accepted. */
    AMOUNT
}

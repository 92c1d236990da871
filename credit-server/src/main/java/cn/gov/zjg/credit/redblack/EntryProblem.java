package cn.gov.zjg.credit.redblack;

/** Why a field of a draft is refused: a message key {@code redblack.error.*} with its arguments. */
public record EntryProblem(int sourceRow, EntryField field, String messageKey, Object... args) {
}

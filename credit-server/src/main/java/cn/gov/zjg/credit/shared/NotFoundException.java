package cn.gov.zjg.credit.shared;

/** Something asked for does not exist, or is outside the caller's data scope (the two look alike on purpose). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}

package cn.gov.zjg.credit.security;

import org.springframework.stereotype.Component;

/**
 * Template helper {@code @perm.has('...')}: hides buttons the user may not use. It never grants anything; the
 * handlers' {@code @RequiresPermissions} do the enforcing.
 */
@Component("perm")
public class PermissionView {

    public boolean has(String permission) {
        return CurrentUser.isPermitted(permission);
    }
}

package cn.gov.zjg.credit.security;

import java.io.Serializable;

import jakarta.servlet.ServletRequest;
import org.apache.shiro.session.Session;
import org.apache.shiro.session.mgt.SessionKey;
import org.apache.shiro.web.session.mgt.DefaultWebSessionManager;
import org.apache.shiro.web.session.mgt.WebSessionKey;

/**
 * Shiro looks a session up on every attribute access; with sessions in Redis that would be a round trip each time.
 * This keeps the session read once per request (in a request attribute); writes still go to Redis immediately.
 */
class RequestCachingSessionManager extends DefaultWebSessionManager {

    private static final String ATTRIBUTE = RequestCachingSessionManager.class.getName() + ".";

    @Override
    protected Session retrieveSession(SessionKey key) {
        Serializable id = getSessionId(key);
        ServletRequest request = key instanceof WebSessionKey web ? web.getServletRequest() : null;
        if (id == null || request == null) {
            return super.retrieveSession(key);
        }
        Object cached = request.getAttribute(ATTRIBUTE + id);
        if (cached instanceof Session session) {
            return session;
        }
        Session session = super.retrieveSession(key);
        if (session != null) {
            request.setAttribute(ATTRIBUTE + id, session);
        }
        return session;
    }
}

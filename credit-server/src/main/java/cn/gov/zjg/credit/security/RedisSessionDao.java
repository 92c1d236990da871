package cn.gov.zjg.credit.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.apache.shiro.session.Session;
import org.apache.shiro.session.UnknownSessionException;
import org.apache.shiro.session.mgt.SimpleSession;
import org.apache.shiro.session.mgt.eis.AbstractSessionDAO;

import org.springframework.data.redis.core.RedisTemplate;

/**
 * Shiro sessions in Redis, so any node can serve any request. Entries expire with the session timeout, which is how
 * idle sessions end (no validation scheduler needed).
 */
class RedisSessionDao extends AbstractSessionDAO {

    static final String KEY_PREFIX = "credit:session:";

    private final RedisTemplate<String, byte[]> redis;
    private final Duration ttl;

    RedisSessionDao(RedisTemplate<String, byte[]> redis, Duration sessionTimeout) {
        this.redis = redis;
        this.ttl = sessionTimeout.plusMinutes(1);
    }

    @Override
    protected Serializable doCreate(Session session) {
        Serializable id = generateSessionId(session);
        assignSessionId(session, id);
        write(session);
        return id;
    }

    @Override
    protected Session doReadSession(Serializable sessionId) {
        byte[] bytes = redis.opsForValue().get(KEY_PREFIX + sessionId);
        return bytes == null ? null : deserialize(bytes);
    }

    @Override
    public void update(Session session) throws UnknownSessionException {
        if (session instanceof SimpleSession simple && !simple.isValid()) {
            delete(session);
            return;
        }
        write(session);
    }

    @Override
    public void delete(Session session) {
        redis.delete(KEY_PREFIX + session.getId());
    }

    /** Not used: expiry is Redis's job. Listing every session would scan the keyspace. */
    @Override
    public Collection<Session> getActiveSessions() {
        return List.of();
    }

    private void write(Session session) {
        redis.opsForValue().set(KEY_PREFIX + session.getId(), serialize(session), ttl);
    }

    private static byte[] serialize(Session session) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(session);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("session not serializable", e);
        }
    }

    private static Session deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Session) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            // An unreadable session (e.g. after an incompatible upgrade) is treated as absent: the user logs in again.
            return null;
        }
    }
}

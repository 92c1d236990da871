package cn.gov.zjg.credit.shared;

import java.time.Duration;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.ByteArrayCodec;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Bucket4j's compare-and-swap token buckets in the application's own Redis, for every rate limit (push API, public
 * site): the connection comes from Spring's Lettuce client, so URL, database, password and TLS are those of
 * {@code spring.data.redis.*}, and every node shares the buckets. An idle bucket is removed from Redis once it would
 * be full again (plus ten seconds).
 */
@Component
public class RedisBuckets implements DisposableBean {

    private final StatefulConnection<byte[], byte[]> connection;
    private final ProxyManager<byte[]> buckets;

    RedisBuckets(LettuceConnectionFactory redis) {
        ExpirationAfterWriteStrategy expiry =
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));
        AbstractRedisClient client = redis.getRequiredNativeClient();
        if (client instanceof RedisClusterClient cluster) {
            StatefulRedisClusterConnection<byte[], byte[]> c = cluster.connect(ByteArrayCodec.INSTANCE);
            this.connection = c;
            this.buckets = Bucket4jLettuce.casBasedBuilder(c).expirationAfterWrite(expiry).build();
        } else {
            StatefulRedisConnection<byte[], byte[]> c = ((RedisClient) client).connect(ByteArrayCodec.INSTANCE);
            this.connection = c;
            this.buckets = Bucket4jLettuce.casBasedBuilder(c).expirationAfterWrite(expiry).build();
        }
    }

    /** The buckets, by key (UTF-8 bytes of a {@code credit:<feature>:rate:...} key). */
    public ProxyManager<byte[]> buckets() {
        return buckets;
    }

    @Override
    public void destroy() {
        connection.close();
    }
}

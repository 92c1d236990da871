package cn.gov.zjg.credit.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Package-private: MyBatis needs only an interface, so no other feature can reach these tables. */
@Mapper
interface AccountMapper {

    Optional<Account> findByUsername(String username);

    Optional<Account> findById(long id);

    List<String> findRoleCodes(long userId);

    List<String> findPermissionCodes(long userId);

    boolean existsDepartmentScopedRole(@Param("roleCodes") List<String> roleCodes);

    List<RoleView> findRoles();

    Optional<UserView> findView(@Param("id") long id, @Param("scope") Long scopeDepartmentId);

    List<UserView> findPage(@Param("q") UserQuery query, @Param("offset") int offset, @Param("size") int size);

    long count(@Param("q") UserQuery query);

    long countAll();

    boolean existsByUsername(String username);

    void insert(AccountInsert account);

    void insertRoles(@Param("userId") long userId, @Param("roleCodes") List<String> roleCodes);

    void deleteRoles(long userId);

    void updateProfile(@Param("id") long id, @Param("displayName") String displayName,
            @Param("departmentId") Long departmentId, @Param("updatedBy") String updatedBy);

    void updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled, @Param("updatedBy") String updatedBy);

    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash,
            @Param("updatedBy") String updatedBy);

    void updateLastLogin(@Param("id") long id, @Param("at") LocalDateTime at, @Param("ip") String ip);

    /** Insert parameter; MyBatis writes the generated id back. */
    final class AccountInsert {
        Long id;
        final String username;
        final String displayName;
        final String passwordHash;
        final Long departmentId;
        final String createdBy;

        AccountInsert(String username, String displayName, String passwordHash, Long departmentId, String createdBy) {
            this.username = username;
            this.displayName = displayName;
            this.passwordHash = passwordHash;
            this.departmentId = departmentId;
            this.createdBy = createdBy;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getUsername() { return username; }
        public String getDisplayName() { return displayName; }
        public String getPasswordHash() { return passwordHash; }
        public Long getDepartmentId() { return departmentId; }
        public String getCreatedBy() { return createdBy; }
    }
}

package vn.tuyengiao.access;

import java.util.List;

/** Creating accounts from code: demo data and the first administrator of a new installation. */
public interface Accounts {

	boolean anyExist();

	/**
	 * Creates an account with the given roles.
	 *
	 * @param mustChangePassword whether the user is sent to the change-password page until they set their own
	 * @return the new user's id
	 */
	long create(String username, String displayName, String rawPassword, boolean mustChangePassword,
			List<RoleGrant> grants);

	/** Sets (or, with a blank value, clears) the account's e-mail address. */
	void setEmail(String username, String email);

	/**
	 * Enabled accounts with an e-mail address that hold one of the roles on the unit or on a unit above
	 * it: whom to remind of that unit's work.
	 */
	List<Contact> contactsFor(long unitId, Role... roles);

	/** As {@link #contactsFor(long, Role...)} for the roles of the group. */
	default List<Contact> contactsFor(long unitId, RoleGroup group) {
		return contactsFor(unitId, group.roles().toArray(Role[]::new));
	}

	/**
	 * Enabled accounts that hold one of the roles on the unit or on a unit above it, with or without an e-mail
	 * address: whom to notify in the application, and whom a unit's work may be assigned to.
	 */
	List<Contact> holdersOf(long unitId, Role... roles);

	/** As {@link #holdersOf(long, Role...)} for the roles of the group. */
	default List<Contact> holdersOf(long unitId, RoleGroup group) {
		return holdersOf(unitId, group.roles().toArray(Role[]::new));
	}

	/** An account to reach; {@code email} is null when it has none. */
	record Contact(String username, String displayName, String email) {
	}

}

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

}

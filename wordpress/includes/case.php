<?php
/**
 * The case JSON, fetched on the server and cached, so readers get the appeal inside the page.
 *
 * @package UrgentAction
 */

defined( 'ABSPATH' ) || exit;

const URGENT_ACTION_TRANSIENT_PREFIX = 'urgent_action_case_';

/**
 * The case at $url as an array, or null when it is unreachable or not a case. Both answers are cached in a transient:
 * a case for an hour, a failure for five minutes, so a dead host does not hold up every page view.
 */
function urgent_action_case( string $url ): ?array {
	$key    = URGENT_ACTION_TRANSIENT_PREFIX . md5( $url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) && array_key_exists( 'case', $cached ) ) {
		return $cached['case'];
	}
	// The safe variant refuses private and loopback addresses other than this site's own host, so a case URL cannot
	// make the server read its internal network into a page.
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 5,
			'redirection'         => 3,
			'limit_response_size' => MB_IN_BYTES,
			'headers'             => array( 'Accept' => 'application/json' ),
		)
	);
	$case     = urgent_action_case_from_response( $response );
	$lifetime = null === $case ? 5 * MINUTE_IN_SECONDS : HOUR_IN_SECONDS;
	set_transient( $key, array( 'case' => $case ), (int) apply_filters( 'urgent_action_case_cache_seconds', $lifetime, $url, $case ) );
	return $case;
}

/**
 * The case in an HTTP response, or null. Only the shape the widget starts from is checked (a JSON object with a
 * title); the widget validates the rest in the browser and tells the author which field is wrong.
 *
 * @param array|WP_Error $response What wp_safe_remote_get returned.
 */
function urgent_action_case_from_response( $response ): ?array {
	if ( is_wp_error( $response ) ) {
		return null;
	}
	$status = (int) wp_remote_retrieve_response_code( $response );
	if ( $status < 200 || $status > 299 ) {
		return null;
	}
	$case = json_decode( wp_remote_retrieve_body( $response ), true, 64 );
	if ( ! is_array( $case ) || array_is_list( $case ) || ! isset( $case['title'] ) || ! is_string( $case['title'] ) ) {
		return null;
	}
	return $case;
}

/** Forgets every cached case (uninstall). Transients in a persistent object cache expire on their own. */
function urgent_action_delete_cached_cases(): void {
	global $wpdb;
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_' . URGENT_ACTION_TRANSIENT_PREFIX ) . '%',
			$wpdb->esc_like( '_transient_timeout_' . URGENT_ACTION_TRANSIENT_PREFIX ) . '%'
		)
	);
}

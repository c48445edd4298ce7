<?php
/**
 * Deleting the plug-in removes what it stored: its settings and its cached cases, on every site of a network.
 *
 * @package UrgentAction
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/case.php';

$urgent_action_sites = is_multisite() ? get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) : array( get_current_blog_id() );
foreach ( $urgent_action_sites as $urgent_action_site ) {
	if ( is_multisite() ) {
		switch_to_blog( $urgent_action_site );
	}
	delete_option( URGENT_ACTION_OPTION );
	urgent_action_delete_cached_cases();
	if ( is_multisite() ) {
		restore_current_blog();
	}
}

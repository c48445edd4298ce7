<?php
/**
 * What the WordPress test does inside WordPress, one command per run: php site.php COMMAND [ARG]
 * (the site's directory in WP_DIR). Each command prints its result as JSON.
 *
 *   install         wp_install, an Administrator and an Author, each with an application password for the REST API
 *   plugin ZIP      installs the plug-in from its zip the way Plugins → Add New → Upload does, and activates it
 *   module-api ID   renders post ID with stand-ins for WordPress 6.5's Script Modules functions, recording the calls
 *   origins JSON    what the settings page makes of each report origin a site owner might type
 *   stored          the plug-in's option and transients, as rows of the options table
 *   uninstall       deactivates and deletes the plug-in as Plugins → Delete does (which runs its uninstall.php)
 */

$command = $argv[1] ?? '';
$arg     = $argv[2] ?? '';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
if ( 'module-api' === $command ) {
	// WordPress 6.1 has no Script Modules API: these stand in for it, so the plug-in takes its 6.5+ branch.
	$GLOBALS['module_calls'] = array();
	function wp_enqueue_script_module( ...$args ) {
		$GLOBALS['module_calls'][] = array( 'wp_enqueue_script_module', $args );
	}
	function wp_register_script_module( ...$args ) {
		$GLOBALS['module_calls'][] = array( 'wp_register_script_module', $args );
	}
}

require getenv( 'WP_DIR' ) . '/wp-load.php';

$result = null;
switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$installed = wp_install( 'Urgent Action test site', 'admin', 'admin@example.org', false, '', 'admin-password-1' );
		$author    = wp_insert_user(
			array(
				'user_login' => 'author',
				'user_pass'  => 'author-password-1',
				'user_email' => 'author@example.org',
				'role'       => 'author',
			)
		);
		$result    = array();
		foreach ( array( 'admin' => $installed['user_id'], 'author' => $author ) as $login => $id ) {
			[ $password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'test' ) );
			$user         = get_userdata( $id );
			$result[ $login ] = array(
				'id'                 => $id,
				'appPassword'        => $password,
				'unfilteredHtml'     => user_can( $user, 'unfiltered_html' ),
			);
		}
		break;

	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$done     = $upgrader->install( $arg );
		$file     = $upgrader->plugin_info();
		$active   = $file ? activate_plugin( $file ) : new WP_Error( 'install', 'not installed' );
		$result   = array(
			'installed' => true === $done,
			'file'      => $file,
			'activated' => null === $active,
			'errors'    => array_merge( $skin->get_errors()->get_error_messages(), is_wp_error( $active ) ? $active->get_error_messages() : array() ),
		);
		break;

	case 'module-api':
		$post = get_post( (int) $arg );
		ob_start();
		$html = apply_filters( 'the_content', $post->post_content );
		do_action( 'wp_footer' );
		$footer = ob_get_clean();
		$result = array(
			'calls'  => $GLOBALS['module_calls'],
			'html'   => $html,
			'footer' => $footer,
		);
		break;

	case 'origins':
		$result = array();
		foreach ( json_decode( $arg, true ) as $typed ) {
			$result[ $typed ] = urgent_action_origin( $typed );
		}
		break;

	case 'stored':
		global $wpdb;
		$result = $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%urgent_action%' ORDER BY option_name" );
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		wp_set_current_user( 1 );
		deactivate_plugins( 'urgent-action/urgent-action.php' );
		$deleted = delete_plugins( array( 'urgent-action/urgent-action.php' ) );
		$result  = array(
			'deleted' => true === $deleted,
			'left'    => file_exists( WP_PLUGIN_DIR . '/urgent-action' ),
		);
		break;

	default:
		fwrite( STDERR, "unknown command: $command\n" );
		exit( 2 );
}
echo wp_json_encode( $result );

<?php
/**
 * Loading the widget: an ES module (an entry with chunks next to it), from the plug-in's own assets unless the site
 * owner gave a URL. Only pages that show an appeal load it.
 *
 * @package UrgentAction
 */

defined( 'ABSPATH' ) || exit;

/** The widget's entry module: the bundled copy, or the URL the site owner set. */
function urgent_action_script_url(): string {
	$settings = urgent_action_settings();
	if ( 'url' === $settings['script_source'] && '' !== $settings['script_url'] ) {
		return $settings['script_url'];
	}
	return plugins_url( 'assets/urgent-action.js', URGENT_ACTION_FILE );
}

/** The bundled copy changes with the plug-in's version; a URL the owner set is used as given. */
function urgent_action_script_version(): ?string {
	return 'bundled' === urgent_action_settings()['script_source'] ? URGENT_ACTION_VERSION : null;
}

/**
 * Asks for the widget's module on this page, once. WordPress 6.5+ prints it through the Script Modules API; before
 * that, the plug-in prints the module tag in the footer itself.
 */
function urgent_action_enqueue_script(): void {
	static $enqueued = false;
	if ( $enqueued ) {
		return;
	}
	$enqueued = true;
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'urgent-action', urgent_action_script_url(), array(), urgent_action_script_version() );
		return;
	}
	add_action( 'wp_footer', 'urgent_action_print_script_tag' );
}

/** The entry module's URL as a tag loads it: with the version, as WordPress adds it to the scripts it prints. */
function urgent_action_versioned_script_url(): string {
	$version = urgent_action_script_version();
	return null === $version ? urgent_action_script_url() : add_query_arg( 'ver', $version, urgent_action_script_url() );
}

function urgent_action_print_script_tag(): void {
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => esc_url( urgent_action_versioned_script_url() ),
			'id'   => 'urgent-action-js-module',
		)
	);
}

/**
 * What the block editor's script needs: where the module is (the editor adds it to the document the block is in,
 * which may be an iframe), the site's address for relative case URLs, and the accent colour.
 */
function urgent_action_editor_settings(): void {
	$handle   = generate_block_asset_handle( 'urgent-action/appeal', 'editorScript' );
	$editor = array(
		'scriptUrl' => urgent_action_versioned_script_url(),
		'homeUrl'   => home_url( '/' ),
		'accent'    => urgent_action_settings()['accent'],
	);
	wp_add_inline_script( $handle, 'window.urgentActionEditor = ' . wp_json_encode( $editor ) . ';', 'before' );
}

<?php
/**
 * Plugin Name:       Urgent Action
 * Plugin URI:        https://github.com/urgent-action/urgent-action
 * Description:       Human-rights Urgent Action appeals that readers act on: whom to write to, a personalised letter, and a report of what they did. A block and a shortcode for the &lt;urgent-action&gt; widget.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * Text Domain:       urgent-action
 *
 * @package UrgentAction
 */

defined( 'ABSPATH' ) || exit;

const URGENT_ACTION_VERSION = '0.1.0';
const URGENT_ACTION_FILE    = __FILE__;

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/case.php';
require_once __DIR__ . '/includes/script.php';
require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'urgent_action_register' );
add_action( 'enqueue_block_editor_assets', 'urgent_action_editor_settings' );

/** Registers the block (its block.json, rendered in PHP) and the shortcode. */
function urgent_action_register(): void {
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'urgent_action_render_block' ) );
	add_shortcode( 'urgent_action', 'urgent_action_render_shortcode' );
}

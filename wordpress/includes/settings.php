<?php
/**
 * Settings → Urgent Action: the site's defaults for every appeal (accent colour, report endpoints, script source).
 *
 * @package UrgentAction
 */

defined( 'ABSPATH' ) || exit;

const URGENT_ACTION_OPTION = 'urgent_action_settings';

/** The settings as saved, with a default for each key that was never saved. */
function urgent_action_settings(): array {
	$saved    = get_option( URGENT_ACTION_OPTION, array() );
	$defaults = array(
		'accent'         => '',
		'report_origins' => array(),
		'script_source'  => 'bundled',
		'script_url'     => '',
	);
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/**
 * An origin (scheme, host, port) from what the site owner typed, or null. Like the widget, it takes https, and http
 * only on loopback hosts for development.
 */
function urgent_action_origin( string $url ): ?string {
	$parts = wp_parse_url( trim( $url ) );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) || isset( $parts['user'] ) ) {
		return null;
	}
	$scheme   = strtolower( $parts['scheme'] );
	$host     = strtolower( $parts['host'] );
	$loopback = in_array( $host, array( 'localhost', '127.0.0.1', '[::1]' ), true );
	if ( 'https' !== $scheme && ! ( 'http' === $scheme && $loopback ) ) {
		return null;
	}
	if ( ! preg_match( '/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/', $host ) ) {
		return null;
	}
	return $scheme . '://' . $host . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' );
}

/** Cleans what the settings form sends; what cannot be used is dropped with a notice that says which field. */
function urgent_action_sanitize_settings( $input ): array {
	$input    = is_array( $input ) ? wp_unslash( $input ) : array();
	$settings = urgent_action_settings();

	$accent             = trim( (string) ( $input['accent'] ?? '' ) );
	$settings['accent'] = (string) sanitize_hex_color( $accent );
	if ( '' !== $accent && '' === $settings['accent'] ) {
		add_settings_error( URGENT_ACTION_OPTION, 'accent', __( 'The accent colour must be a hex colour such as #005a9c.', 'urgent-action' ) );
	}

	// The form sends the origins as text; WordPress sanitizes a new option twice, the second time as saved (a list).
	$entries = $input['report_origins'] ?? '';
	$entries = is_array( $entries ) ? $entries : preg_split( '/[\s,]+/', (string) $entries, -1, PREG_SPLIT_NO_EMPTY );
	$origins = array();
	foreach ( $entries as $entry ) {
		$entry  = (string) $entry;
		$origin = urgent_action_origin( $entry );
		if ( null === $origin ) {
			/* translators: %s: what the site owner typed. */
			add_settings_error( URGENT_ACTION_OPTION, 'report_origins', sprintf( __( '"%s" is not an https origin; it was left out.', 'urgent-action' ), $entry ) );
			continue;
		}
		$origins[] = $origin;
	}
	$settings['report_origins'] = array_values( array_unique( $origins ) );

	$url                    = trim( (string) ( $input['script_url'] ?? '' ) );
	$settings['script_url'] = '' === $url ? '' : esc_url_raw( $url, array( 'https', 'http' ) );
	$wants_url              = 'url' === ( $input['script_source'] ?? '' );
	if ( $wants_url && '' === $settings['script_url'] ) {
		add_settings_error( URGENT_ACTION_OPTION, 'script_url', __( 'Give the script URL to load the widget from; the bundled copy stays in use until then.', 'urgent-action' ) );
	}
	$settings['script_source'] = $wants_url && '' !== $settings['script_url'] ? 'url' : 'bundled';

	return $settings;
}

add_action( 'admin_init', 'urgent_action_register_settings' );
add_action( 'admin_menu', 'urgent_action_add_settings_page' );

function urgent_action_register_settings(): void {
	register_setting(
		'urgent_action',
		URGENT_ACTION_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'urgent_action_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'urgent_action_defaults', '', '__return_false', 'urgent-action' );
	$fields = array(
		'accent'         => __( 'Accent colour', 'urgent-action' ),
		'report_origins' => __( 'Report endpoints allowed', 'urgent-action' ),
		'script_source'  => __( 'Widget script', 'urgent-action' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			"urgent_action_$key",
			$label,
			"urgent_action_field_$key",
			'urgent-action',
			'urgent_action_defaults',
			array( 'label_for' => "urgent-action-$key" )
		);
	}
}

function urgent_action_add_settings_page(): void {
	$page = add_options_page( __( 'Urgent Action', 'urgent-action' ), __( 'Urgent Action', 'urgent-action' ), 'manage_options', 'urgent-action', 'urgent_action_settings_page' );
	add_action(
		"load-$page",
		static function (): void {
			add_action( 'admin_enqueue_scripts', 'urgent_action_enqueue_colour_picker' );
		}
	);
}

/** WordPress's own colour picker for the accent field. */
function urgent_action_enqueue_colour_picker(): void {
	wp_enqueue_style( 'wp-color-picker' );
	wp_enqueue_script( 'wp-color-picker' );
	wp_add_inline_script( 'wp-color-picker', 'jQuery(function ($) { $("#urgent-action-accent").wpColorPicker(); });' );
}

function urgent_action_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Defaults for every Urgent Action block and shortcode on this site.', 'urgent-action' ); ?></p>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'urgent_action' );
			do_settings_sections( 'urgent-action' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

function urgent_action_field_accent(): void {
	$settings = urgent_action_settings();
	printf(
		'<input type="text" id="urgent-action-accent" name="%s[accent]" value="%s" data-default-color="#b00020" /><p class="description">%s</p>',
		esc_attr( URGENT_ACTION_OPTION ),
		esc_attr( $settings['accent'] ),
		esc_html__( 'Buttons, links and highlights, set as --urgent-action-accent. Empty: the widget\'s own red, which meets WCAG AA contrast in light and dark schemes; check yours does too.', 'urgent-action' )
	);
}

function urgent_action_field_report_origins(): void {
	$settings = urgent_action_settings();
	printf(
		'<textarea id="urgent-action-report_origins" name="%s[report_origins]" rows="3" cols="50" class="code" placeholder="https://reports.example.org">%s</textarea><p class="description">%s</p>',
		esc_attr( URGENT_ACTION_OPTION ),
		esc_textarea( implode( "\n", $settings['report_origins'] ) ),
		esc_html__( 'One origin per line. Readers\' reports of what they did are sent only to these; a case whose report endpoint is elsewhere shows its report form link instead. Empty: the widget\'s own rule applies.', 'urgent-action' )
	);
}

function urgent_action_field_script_source(): void {
	$settings = urgent_action_settings();
	$name     = esc_attr( URGENT_ACTION_OPTION );
	printf(
		'<fieldset id="urgent-action-script_source"><label><input type="radio" name="%1$s[script_source]" value="bundled" %2$s /> %3$s</label><br />' .
		'<label><input type="radio" name="%1$s[script_source]" value="url" %4$s /> %5$s</label> ' .
		'<input type="url" name="%1$s[script_url]" value="%6$s" class="regular-text code" aria-label="%7$s" placeholder="https://cdn.example.org/urgent-action/urgent-action.js" />' .
		'<p class="description">%8$s</p></fieldset>',
		$name,
		checked( $settings['script_source'], 'bundled', false ),
		esc_html__( 'The copy bundled with this plug-in (served from this site)', 'urgent-action' ),
		checked( $settings['script_source'], 'url', false ),
		esc_html__( 'From this URL:', 'urgent-action' ),
		esc_attr( $settings['script_url'] ),
		esc_attr__( 'Script URL', 'urgent-action' ),
		esc_html__( 'The entry file, loaded as a module; its chunks must sit next to it, and another origin must send Access-Control-Allow-Origin. Readers\' browsers then contact that server.', 'urgent-action' )
	);
}

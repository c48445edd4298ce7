<?php
/**
 * The <urgent-action> element, as the block and the shortcode render it: escaped attributes, the case inline as
 * JSON (in the page, with no second request) with src kept for the widget to refresh it, and a link to the appeal for
 * readers without the script or when the case cannot be read.
 *
 * @package UrgentAction
 */

defined( 'ABSPATH' ) || exit;

/** The block's render callback. */
function urgent_action_render_block( array $attributes ): string {
	$attributes = array_merge( array( 'src' => '', 'lang' => '', 'theme' => '', 'headingLevel' => 2 ), $attributes );
	return urgent_action_element(
		(string) $attributes['src'],
		(string) $attributes['lang'],
		(string) $attributes['theme'],
		(int) $attributes['headingLevel'],
		get_block_wrapper_attributes()
	);
}

/** [urgent_action src="…" lang="…" theme="…" heading-level="…"] */
function urgent_action_render_shortcode( $attributes ): string {
	$attributes = shortcode_atts(
		array(
			'src'           => '',
			'lang'          => '',
			'theme'         => '',
			'heading-level' => '2',
		),
		is_array( $attributes ) ? $attributes : array(),
		'urgent_action'
	);
	return urgent_action_element( $attributes['src'], $attributes['lang'], $attributes['theme'], (int) $attributes['heading-level'], 'class="urgent-action-shortcode"' );
}

/**
 * The element for a case URL, with the options the widget knows; unknown or unsafe values are left out rather than
 * passed on. Without an http(s) case URL there is nothing to show: an HTML comment says why.
 *
 * @param string $wrapper Extra attributes, already escaped (the block's class names).
 */
function urgent_action_element( string $src, string $lang, string $theme, int $heading_level, string $wrapper = '' ): string {
	// Block attributes saved by users without unfiltered_html pass through kses, which turns & into &amp;. A relative
	// URL is relative to the site, as in the editor's preview, wherever the post is shown.
	$src      = trim( wp_specialchars_decode( $src, ENT_QUOTES ) );
	$src      = '' === $src ? '' : WP_Http::make_absolute_url( $src, home_url( '/' ) );
	$safe_src = '' === $src ? '' : esc_url( $src, array( 'https', 'http' ) );
	if ( '' === $safe_src ) {
		return '<!-- urgent-action: the case URL is missing or not an http(s) address -->';
	}
	urgent_action_enqueue_script();
	$settings = urgent_action_settings();

	$attributes = array( 'src' => $safe_src );
	if ( preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $lang ) ) {
		$attributes['lang'] = $lang;
	}
	if ( in_array( $theme, array( 'light', 'dark' ), true ) ) {
		$attributes['theme'] = $theme;
	}
	if ( $heading_level >= 1 && $heading_level <= 6 && 2 !== $heading_level ) {
		$attributes['heading-level'] = (string) $heading_level;
	}
	if ( $settings['report_origins'] ) {
		$attributes['report-origins'] = implode( ' ', $settings['report_origins'] );
	}
	if ( '' !== $settings['accent'] ) {
		$attributes['style'] = '--urgent-action-accent: ' . $settings['accent'];
	}

	$html = '<urgent-action ' . $wrapper;
	foreach ( $attributes as $name => $value ) {
		// src is already esc_url'd, which leaves nothing esc_attr would change.
		$html .= ' ' . $name . '="' . ( 'src' === $name ? $value : esc_attr( $value ) ) . '"';
	}
	$html .= '>';

	$case = urgent_action_case( $src );
	// JSON_HEX_TAG writes < and > as \u003C and \u003E: no </script> or <!-- can end the script element early.
	$json = null === $case ? false : wp_json_encode( $case, JSON_HEX_TAG | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	if ( false !== $json ) {
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	$link  = isset( $case['link'] ) && is_string( $case['link'] ) ? esc_url( $case['link'], array( 'https', 'http' ) ) : '';
	$title = isset( $case['title'] ) && is_string( $case['title'] ) ? $case['title'] : '';
	$html .= sprintf(
		'<p><a href="%s">%s</a></p>',
		'' === $link ? $safe_src : $link,
		esc_html( '' === $title ? __( 'Read the appeal', 'urgent-action' ) : $title )
	);
	return $html . '</urgent-action>';
}

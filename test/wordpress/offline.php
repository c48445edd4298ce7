<?php
/**
 * Plugin Name: Test site offline
 * Description: The test site has no internet: WordPress.org's update API answers with nothing to offer, instead of
 * failing with a warning in the log the test reads.
 */
add_filter(
	'pre_http_request',
	static function ( $preempt, $args, $url ) {
		if ( ! preg_match( '/(^|\.)wordpress\.org$/', (string) wp_parse_url( $url, PHP_URL_HOST ) ) ) {
			return $preempt;
		}
		return array(
			'headers'  => array(),
			'body'     => '{"offers":[],"plugins":[],"themes":[],"no_update":[],"translations":[]}',
			'response' => array( 'code' => 200, 'message' => 'OK' ),
			'cookies'  => array(),
			'filename' => null,
		);
	},
	10,
	3
);

<?php
// Dependencies of editor.js, which is plain JavaScript on WordPress's globals: there is no build step to write this.
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
	'version'      => (string) filemtime( __DIR__ . '/editor.js' ),
);

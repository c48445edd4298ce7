/**
 * The block in the editor: settings in the sidebar and a live preview, the real <urgent-action> element loading the
 * case from its URL. Plain JavaScript on WordPress's globals, so the plug-in needs no build step of its own.
 */
(function (blocks, element, blockEditor, components, i18n) {
  const el = element.createElement;
  const { useEffect, useRef, useState } = element;
  const { useBlockProps, InspectorControls } = blockEditor;
  const { PanelBody, TextControl, SelectControl, Placeholder, Button } = components;
  const { __ } = i18n;
  const settings = window.urgentActionEditor || {};

  /** The case URL as the browser will fetch it: relative URLs resolve against the site, not wp-admin. */
  function caseUrl(src) {
    if (!src.trim()) return '';
    try {
      const url = new URL(src, settings.homeUrl || document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    } catch {
      return '';
    }
  }

  /**
   * Adds the widget's module to the document the block is drawn in, once: the editor canvas may be an iframe, with
   * its own custom element registry.
   */
  function useWidgetModule(ref) {
    useEffect(() => {
      const doc = ref.current && ref.current.ownerDocument;
      if (!doc || !settings.scriptUrl) return;
      if (doc.defaultView.customElements.get('urgent-action') || doc.getElementById('urgent-action-js-module')) return;
      const script = doc.createElement('script');
      script.type = 'module';
      script.id = 'urgent-action-js-module';
      script.src = settings.scriptUrl;
      doc.head.appendChild(script);
    });
  }

  function CaseUrlForm({ initial, onSubmit }) {
    const [draft, setDraft] = useState(initial);
    const valid = caseUrl(draft) !== '';
    return el(
      'form',
      {
        // A path on this site is a case URL too; the browser's URL check would refuse it.
        noValidate: true,
        onSubmit: (event) => {
          event.preventDefault();
          if (valid) onSubmit(draft.trim());
        },
      },
      // The markup of WordPress's own embed placeholders, so it looks like one.
      el('input', {
        type: 'url',
        className: 'components-placeholder__input',
        'aria-label': __('Case URL', 'urgent-action'),
        placeholder: 'https://example.org/cases/ua-126-19.json',
        value: draft,
        onChange: (event) => setDraft(event.target.value),
      }),
      el(Button, { variant: 'primary', type: 'submit', disabled: !valid }, __('Embed', 'urgent-action')),
    );
  }

  function Edit({ attributes, setAttributes }) {
    const { src, lang, theme, headingLevel } = attributes;
    const widget = useRef(null);
    const blockProps = useBlockProps();
    useWidgetModule(widget);
    const url = caseUrl(src);

    const sidebar = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Appeal', 'urgent-action') },
        el(TextControl, {
          label: __('Case URL', 'urgent-action'),
          type: 'url',
          value: src,
          help: __('The case JSON. In the editor the browser fetches it, so a case on another site needs CORS.', 'urgent-action'),
          onChange: (value) => setAttributes({ src: value.trim() }),
        }),
        el(TextControl, {
          label: __('Language', 'urgent-action'),
          value: lang,
          help: __('A language tag such as fr or es. Empty: the case’s own language.', 'urgent-action'),
          onChange: (value) => setAttributes({ lang: value.trim() }),
        }),
        el(SelectControl, {
          label: __('Colour scheme', 'urgent-action'),
          value: theme,
          options: [
            { value: 'auto', label: __('The reader’s setting', 'urgent-action') },
            { value: 'light', label: __('Light', 'urgent-action') },
            { value: 'dark', label: __('Dark', 'urgent-action') },
          ],
          onChange: (value) => setAttributes({ theme: value }),
        }),
        el(SelectControl, {
          label: __('Heading level of the title', 'urgent-action'),
          value: String(headingLevel),
          options: [1, 2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: 'H' + level })),
          onChange: (value) => setAttributes({ headingLevel: Number(value) }),
        }),
      ),
    );

    if (!url) {
      return el(
        'div',
        blockProps,
        sidebar,
        el(
          Placeholder,
          {
            icon: 'megaphone',
            label: __('Urgent Action', 'urgent-action'),
            instructions: __('Paste the address of the appeal’s case JSON.', 'urgent-action'),
          },
          el(CaseUrlForm, { initial: src, onSubmit: (value) => setAttributes({ src: value }) }),
        ),
      );
    }

    return el(
      'div',
      blockProps,
      sidebar,
      el('urgent-action', {
        ref: widget,
        src: url,
        lang: lang || undefined,
        theme: theme === 'light' || theme === 'dark' ? theme : undefined,
        'heading-level': String(headingLevel),
        style: settings.accent ? { '--urgent-action-accent': settings.accent } : undefined,
      }),
    );
  }

  blocks.registerBlockType('urgent-action/appeal', {
    edit: Edit,
    // Rendered in PHP on every view, so the saved post holds only the block comment and its attributes.
    save: () => null,
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n);

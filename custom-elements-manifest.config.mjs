/** @custom-elements-manifest/analyzer settings (read by `npm run build`): the element's API is its JSDoc. */
export default {
  plugins: [
    {
      name: 'documented-events-only',
      // Besides the `@fires` tags, the analyzer guesses events from `dispatchEvent(new SomeEvent(detail))` and takes
      // the argument's name ("detail", "action") for the event's: keep only the documented ones.
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
        }
      },
    },
  ],
};

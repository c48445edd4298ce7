/**
 * `executeServerCommand('press-chord', ['Control', 'v'])` presses keys together, as a person does: the stock
 * `sendKeys` can't hold a modifier under WebDriver. Tests paste what the widget copied this way.
 */
export const pressChordPlugin = {
  name: 'press-chord',
  async executeCommand({ command, payload, session }) {
    if (command !== 'press-chord') return undefined;
    if (session.browser.type === 'webdriver') {
      // webdriverio's `keys` presses every key of the list, then releases them all.
      await session.browser.sendKeys(session.id, payload);
      return true;
    }
    const { keyboard } = session.browser.getPage(session.id);
    for (const key of payload) await keyboard.down(key);
    for (const key of [...payload].reverse()) await keyboard.up(key);
    return true;
  },
};

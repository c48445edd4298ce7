/**
 * WebKit for @web/test-runner: Debian's WebKitWebDriver driving MiniBrowser on an Xvfb display. The launcher starts
 * both itself on `initialize` and stops them by process id on `stop`, so `web-test-runner` alone runs WebKit.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export class WebKitLauncher extends WebdriverLauncher {
  /** @param {string} miniBrowser the MiniBrowser executable */
  constructor(miniBrowser) {
    super({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // This WebKitWebDriver rejects the BiDi capability webdriverio asks for by default.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    this.helpers = [];
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const display = await this.startXvfb();
    this.options.port = await freePort();
    const driver = this.spawnHelper('WebKitWebDriver', [`--port=${this.options.port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    await waitForDriver(driver, this.options.port);
  }

  async stop() {
    await super.stop();
    await Promise.all(this.helpers.map(stopProcess));
  }

  spawnHelper(command, args, options) {
    const child = spawn(command, args, options);
    this.helpers.push(child);
    return child;
  }

  /** Starts Xvfb on a display it picks itself (it writes the number to fd 3) and resolves with that display. */
  startXvfb() {
    const xvfb = this.spawnHelper('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      xvfb.on('error', reject);
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display`)));
      let out = '';
      xvfb.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
    });
  }
}

async function waitForDriver(driver, port) {
  let failure;
  driver.on('error', (error) => (failure = error));
  for (let waited = 0; ; waited += 100) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (failure || waited > 10_000 || driver.exitCode !== null) {
      throw new Error(`WebKitWebDriver did not start on port ${port}${failure ? `: ${failure.message}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a helper by its process id and waits until it has gone. */
function stopProcess(child) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return undefined;
  return new Promise((resolve) => child.once('exit', resolve).kill());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// electron-builder: `npm run dist` makes the installers (Linux AppImage + deb, Windows NSIS
// per-user, macOS dmg x64 + arm64). Unsigned unless signing secrets are in the environment:
//   Windows and macOS code signing: CSC_LINK (certificate file or base64) + CSC_KEY_PASSWORD
//     (WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD to use another certificate for Windows)
//   macOS notarisation: APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID
//     (or APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER)
const env = process.env
const macSigning = Boolean(env.CSC_LINK || env.CSC_NAME)
const notarise = macSigning && Boolean(env.APPLE_TEAM_ID || env.APPLE_API_ISSUER)

/* global module */
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.physioplan.desktop',
  productName: 'PhysioPlan',
  copyright: 'PhysioPlan',
  directories: { output: 'dist', buildResources: 'build' },
  // Only what runs: the three bundles. Production dependencies (pdfmake with its Roboto fonts,
  // dejavu-fonts-ttf, lowdb, zod) are added by electron-builder; devDependencies never are.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', '!out/cli/**', '!**/*.map', 'package.json'],
  // productName names the user-data folder (…/PhysioPlan/data); see README "Install".
  extraMetadata: { main: 'out/main/index.js', productName: 'PhysioPlan' },
  asar: true,
  // Set in the Electron binary at pack time.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false
  },
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Home exercise plans and handouts for physiotherapists',
    maintainer: 'PhysioPlan <support@physioplan.example>'
  },
  deb: { packageCategory: 'misc' },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/256x256.png'
  },
  nsis: {
    // Per-user: installs under %LOCALAPPDATA%\Programs, no administrator rights needed.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'build/icons/1024x1024.png',
    category: 'public.app-category.medical',
    hardenedRuntime: true,
    // null: do not look for a signing identity in the keychain (unsigned build).
    identity: macSigning ? undefined : null,
    notarize: notarise
  },
  dmg: { title: 'PhysioPlan ${version}' }
}

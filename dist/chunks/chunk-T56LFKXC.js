import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_MAX_LOCKFILE_BYTES,
  LockfileParseError,
  __commonJS,
  __toESM,
  buildInventory,
  manifestsFor,
  normalizePythonName,
  require_dist,
  require_picomatch,
  selectLockfiles
} from "./chunk-KVQLNP6N.js";

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = [
      "0BSD",
      "3D-Slicer-1.0",
      "AAL",
      "ADSL",
      "AFL-1.1",
      "AFL-1.2",
      "AFL-2.0",
      "AFL-2.1",
      "AFL-3.0",
      "AGPL-1.0-only",
      "AGPL-1.0-or-later",
      "AGPL-3.0-only",
      "AGPL-3.0-or-later",
      "ALGLIB-Documentation",
      "AMD-newlib",
      "AMDPLPA",
      "AML",
      "AML-glslang",
      "AMPAS",
      "ANTLR-PD",
      "ANTLR-PD-fallback",
      "APAFML",
      "APL-1.0",
      "APSL-1.0",
      "APSL-1.1",
      "APSL-1.2",
      "APSL-2.0",
      "ASWF-Digital-Assets-1.0",
      "ASWF-Digital-Assets-1.1",
      "Abstyles",
      "AdaCore-doc",
      "Adobe-2006",
      "Adobe-Display-PostScript",
      "Adobe-Glyph",
      "Adobe-Utopia",
      "Advanced-Cryptics-Dictionary",
      "Afmparse",
      "Aladdin",
      "Apache-1.0",
      "Apache-1.1",
      "Apache-2.0",
      "App-s2p",
      "Arphic-1999",
      "Artistic-1.0",
      "Artistic-1.0-Perl",
      "Artistic-1.0-cl8",
      "Artistic-2.0",
      "Artistic-dist",
      "Aspell-RU",
      "BOLA-1.1",
      "BSD-1-Clause",
      "BSD-2-Clause",
      "BSD-2-Clause-Darwin",
      "BSD-2-Clause-Patent",
      "BSD-2-Clause-Views",
      "BSD-2-Clause-first-lines",
      "BSD-2-Clause-pkgconf-disclaimer",
      "BSD-2-Clause-pos-unchanged",
      "BSD-3-Clause",
      "BSD-3-Clause-Attribution",
      "BSD-3-Clause-Clear",
      "BSD-3-Clause-HP",
      "BSD-3-Clause-LBNL",
      "BSD-3-Clause-Modification",
      "BSD-3-Clause-No-Military-License",
      "BSD-3-Clause-No-Nuclear-License",
      "BSD-3-Clause-No-Nuclear-License-2014",
      "BSD-3-Clause-No-Nuclear-Warranty",
      "BSD-3-Clause-Open-MPI",
      "BSD-3-Clause-OpenWebUI",
      "BSD-3-Clause-Sun",
      "BSD-3-Clause-Tso",
      "BSD-3-Clause-acpica",
      "BSD-3-Clause-flex",
      "BSD-4-Clause",
      "BSD-4-Clause-Shortened",
      "BSD-4-Clause-UC",
      "BSD-4.3RENO",
      "BSD-4.3TAHOE",
      "BSD-Advertising-Acknowledgement",
      "BSD-Attribution-HPND-disclaimer",
      "BSD-Inferno-Nettverk",
      "BSD-Mark-Modifications",
      "BSD-Protection",
      "BSD-Source-Code",
      "BSD-Source-Code-no-disclaimer",
      "BSD-Source-alt-GPL",
      "BSD-Source-beginning-file",
      "BSD-Systemics",
      "BSD-Systemics-W3Works",
      "BSD-ask-to-endorse",
      "BSL-1.0",
      "BUSL-1.1",
      "Baekmuk",
      "Bahyph",
      "Barr",
      "Beerware",
      "BitTorrent-1.0",
      "BitTorrent-1.1",
      "Bitstream-Charter",
      "Bitstream-Vera",
      "BlueOak-1.0.0",
      "Boehm-GC",
      "Boehm-GC-without-fee",
      "Borceux",
      "Brian-Gladman-2-Clause",
      "Brian-Gladman-3-Clause",
      "Brian-Gladman-3-Clause-no-conversion",
      "Buddy",
      "Bugroff",
      "C-UDA-1.0",
      "CAL-1.0",
      "CAL-1.0-Combined-Work-Exception",
      "CAPEC-tou",
      "CATOSL-1.1",
      "CC-BY-1.0",
      "CC-BY-2.0",
      "CC-BY-2.5",
      "CC-BY-2.5-AU",
      "CC-BY-3.0",
      "CC-BY-3.0-AT",
      "CC-BY-3.0-AU",
      "CC-BY-3.0-DE",
      "CC-BY-3.0-IGO",
      "CC-BY-3.0-NL",
      "CC-BY-3.0-US",
      "CC-BY-4.0",
      "CC-BY-NC-1.0",
      "CC-BY-NC-2.0",
      "CC-BY-NC-2.5",
      "CC-BY-NC-3.0",
      "CC-BY-NC-3.0-DE",
      "CC-BY-NC-3.0-IGO",
      "CC-BY-NC-4.0",
      "CC-BY-NC-ND-1.0",
      "CC-BY-NC-ND-2.0",
      "CC-BY-NC-ND-2.5",
      "CC-BY-NC-ND-3.0",
      "CC-BY-NC-ND-3.0-DE",
      "CC-BY-NC-ND-3.0-IGO",
      "CC-BY-NC-ND-4.0",
      "CC-BY-NC-SA-1.0",
      "CC-BY-NC-SA-2.0",
      "CC-BY-NC-SA-2.0-DE",
      "CC-BY-NC-SA-2.0-FR",
      "CC-BY-NC-SA-2.0-UK",
      "CC-BY-NC-SA-2.5",
      "CC-BY-NC-SA-3.0",
      "CC-BY-NC-SA-3.0-DE",
      "CC-BY-NC-SA-3.0-IGO",
      "CC-BY-NC-SA-4.0",
      "CC-BY-ND-1.0",
      "CC-BY-ND-2.0",
      "CC-BY-ND-2.5",
      "CC-BY-ND-3.0",
      "CC-BY-ND-3.0-DE",
      "CC-BY-ND-4.0",
      "CC-BY-SA-1.0",
      "CC-BY-SA-2.0",
      "CC-BY-SA-2.0-UK",
      "CC-BY-SA-2.1-JP",
      "CC-BY-SA-2.5",
      "CC-BY-SA-3.0",
      "CC-BY-SA-3.0-AT",
      "CC-BY-SA-3.0-DE",
      "CC-BY-SA-3.0-IGO",
      "CC-BY-SA-4.0",
      "CC-PDDC",
      "CC-PDM-1.0",
      "CC-SA-1.0",
      "CC0-1.0",
      "CDDL-1.0",
      "CDDL-1.1",
      "CDL-1.0",
      "CDLA-Permissive-1.0",
      "CDLA-Permissive-2.0",
      "CDLA-Sharing-1.0",
      "CECILL-1.0",
      "CECILL-1.1",
      "CECILL-2.0",
      "CECILL-2.1",
      "CECILL-B",
      "CECILL-C",
      "CERN-OHL-1.1",
      "CERN-OHL-1.2",
      "CERN-OHL-P-2.0",
      "CERN-OHL-S-2.0",
      "CERN-OHL-W-2.0",
      "CFITSIO",
      "CMU-Mach",
      "CMU-Mach-nodoc",
      "CNRI-Jython",
      "CNRI-Python",
      "CNRI-Python-GPL-Compatible",
      "COIL-1.0",
      "CPAL-1.0",
      "CPL-1.0",
      "CPOL-1.02",
      "CUA-OPL-1.0",
      "Caldera",
      "Caldera-no-preamble",
      "Catharon",
      "ClArtistic",
      "Clips",
      "Community-Spec-1.0",
      "Condor-1.1",
      "Cornell-Lossless-JPEG",
      "Cronyx",
      "Crossword",
      "CryptoSwift",
      "CrystalStacker",
      "Cube",
      "D-FSL-1.0",
      "DEC-3-Clause",
      "DL-DE-BY-2.0",
      "DL-DE-ZERO-2.0",
      "DOC",
      "DRL-1.0",
      "DRL-1.1",
      "DSDP",
      "DocBook-DTD",
      "DocBook-Schema",
      "DocBook-Stylesheet",
      "DocBook-XML",
      "Dotseqn",
      "ECL-1.0",
      "ECL-2.0",
      "EFL-1.0",
      "EFL-2.0",
      "EPICS",
      "EPL-1.0",
      "EPL-2.0",
      "ESA-PL-permissive-2.4",
      "ESA-PL-strong-copyleft-2.4",
      "ESA-PL-weak-copyleft-2.4",
      "EUDatagrid",
      "EUPL-1.0",
      "EUPL-1.1",
      "EUPL-1.2",
      "Elastic-2.0",
      "Entessa",
      "ErlPL-1.1",
      "Eurosym",
      "FBM",
      "FDK-AAC",
      "FDK-MPEG-H",
      "FSFAP",
      "FSFAP-no-warranty-disclaimer",
      "FSFUL",
      "FSFULLR",
      "FSFULLRSD",
      "FSFULLRWD",
      "FSL-1.1-ALv2",
      "FSL-1.1-MIT",
      "FTL",
      "Fair",
      "Ferguson-Twofish",
      "Frameworx-1.0",
      "FreeBSD-DOC",
      "FreeImage",
      "Furuseth",
      "GCR-docs",
      "GD",
      "GFDL-1.1-invariants-only",
      "GFDL-1.1-invariants-or-later",
      "GFDL-1.1-no-invariants-only",
      "GFDL-1.1-no-invariants-or-later",
      "GFDL-1.1-only",
      "GFDL-1.1-or-later",
      "GFDL-1.2-invariants-only",
      "GFDL-1.2-invariants-or-later",
      "GFDL-1.2-no-invariants-only",
      "GFDL-1.2-no-invariants-or-later",
      "GFDL-1.2-only",
      "GFDL-1.2-or-later",
      "GFDL-1.3-invariants-only",
      "GFDL-1.3-invariants-or-later",
      "GFDL-1.3-no-invariants-only",
      "GFDL-1.3-no-invariants-or-later",
      "GFDL-1.3-only",
      "GFDL-1.3-or-later",
      "GL2PS",
      "GLWTPL",
      "GPL-1.0-only",
      "GPL-1.0-or-later",
      "GPL-2.0-only",
      "GPL-2.0-or-later",
      "GPL-3.0-only",
      "GPL-3.0-or-later",
      "Game-Programming-Gems",
      "Giftware",
      "Glide",
      "Glulxe",
      "Graphics-Gems",
      "Gutmann",
      "HDF5",
      "HIDAPI",
      "HP-1986",
      "HP-1989",
      "HPND",
      "HPND-DEC",
      "HPND-Fenneberg-Livingston",
      "HPND-INRIA-IMAG",
      "HPND-Intel",
      "HPND-Kevlin-Henney",
      "HPND-MIT-disclaimer",
      "HPND-Markus-Kuhn",
      "HPND-Netrek",
      "HPND-Pbmplus",
      "HPND-SMC",
      "HPND-UC",
      "HPND-UC-export-US",
      "HPND-doc",
      "HPND-doc-sell",
      "HPND-export-US",
      "HPND-export-US-acknowledgement",
      "HPND-export-US-modify",
      "HPND-export2-US",
      "HPND-merchantability-variant",
      "HPND-sell-MIT-disclaimer-xserver",
      "HPND-sell-regexpr",
      "HPND-sell-variant",
      "HPND-sell-variant-MIT-disclaimer",
      "HPND-sell-variant-MIT-disclaimer-rev",
      "HPND-sell-variant-critical-systems",
      "HTMLTIDY",
      "HaskellReport",
      "Hippocratic-2.1",
      "Hippocratic-3.0-core",
      "IBM-pibs",
      "ICU",
      "IEC-Code-Components-EULA",
      "IJG",
      "IJG-short",
      "IPA",
      "IPL-1.0",
      "ISC",
      "ISC-Veillard",
      "ISO-permission",
      "ImageMagick",
      "Imlib2",
      "Info-ZIP",
      "Informatica",
      "Inner-Net-2.0",
      "InnoSetup",
      "Intel",
      "Intel-ACPI",
      "Interbase-1.0",
      "JPL-image",
      "JPNIC",
      "JSON",
      "Jam",
      "JasPer-2.0",
      "Kastrup",
      "Kazlib",
      "Knuth-CTAN",
      "LAL-1.2",
      "LAL-1.3",
      "LGPL-2.0-only",
      "LGPL-2.0-or-later",
      "LGPL-2.1-only",
      "LGPL-2.1-or-later",
      "LGPL-3.0-only",
      "LGPL-3.0-or-later",
      "LGPLLR",
      "LOOP",
      "LPD-document",
      "LPL-1.0",
      "LPL-1.02",
      "LPPL-1.0",
      "LPPL-1.1",
      "LPPL-1.2",
      "LPPL-1.3a",
      "LPPL-1.3c",
      "LZMA-SDK-9.11-to-9.20",
      "LZMA-SDK-9.22",
      "Latex2e",
      "Latex2e-translated-notice",
      "Leptonica",
      "LiLiQ-P-1.1",
      "LiLiQ-R-1.1",
      "LiLiQ-Rplus-1.1",
      "Libpng",
      "Linux-OpenIB",
      "Linux-man-pages-1-para",
      "Linux-man-pages-copyleft",
      "Linux-man-pages-copyleft-2-para",
      "Linux-man-pages-copyleft-var",
      "Lucida-Bitmap-Fonts",
      "MIPS",
      "MIT",
      "MIT-0",
      "MIT-CMU",
      "MIT-Click",
      "MIT-Festival",
      "MIT-Khronos-old",
      "MIT-Modern-Variant",
      "MIT-STK",
      "MIT-Wu",
      "MIT-advertising",
      "MIT-enna",
      "MIT-feh",
      "MIT-open-group",
      "MIT-testregex",
      "MITNFA",
      "MMIXware",
      "MMPL-1.0.1",
      "MPEG-SSG",
      "MPL-1.0",
      "MPL-1.1",
      "MPL-2.0",
      "MPL-2.0-no-copyleft-exception",
      "MS-LPL",
      "MS-PL",
      "MS-RL",
      "MTLL",
      "MVT-1.1",
      "Mackerras-3-Clause",
      "Mackerras-3-Clause-acknowledgment",
      "MakeIndex",
      "Martin-Birgmeier",
      "McPhee-slideshow",
      "Minpack",
      "MirOS",
      "Motosoto",
      "MulanPSL-1.0",
      "MulanPSL-2.0",
      "Multics",
      "Mup",
      "NAIST-2003",
      "NASA-1.3",
      "NBPL-1.0",
      "NCBI-PD",
      "NCGL-UK-2.0",
      "NCL",
      "NCSA",
      "NGPL",
      "NICTA-1.0",
      "NIST-PD",
      "NIST-PD-TNT",
      "NIST-PD-fallback",
      "NIST-Software",
      "NLOD-1.0",
      "NLOD-2.0",
      "NLPL",
      "NOSL",
      "NPL-1.0",
      "NPL-1.1",
      "NPOSL-3.0",
      "NRL",
      "NTIA-PD",
      "NTP",
      "NTP-0",
      "Naumen",
      "NetCDF",
      "Newsletr",
      "Nokia",
      "Noweb",
      "O-UDA-1.0",
      "OAR",
      "OCCT-PL",
      "OCLC-2.0",
      "ODC-By-1.0",
      "ODbL-1.0",
      "OFFIS",
      "OFL-1.0",
      "OFL-1.0-RFN",
      "OFL-1.0-no-RFN",
      "OFL-1.1",
      "OFL-1.1-RFN",
      "OFL-1.1-no-RFN",
      "OGC-1.0",
      "OGDL-Taiwan-1.0",
      "OGL-Canada-2.0",
      "OGL-UK-1.0",
      "OGL-UK-2.0",
      "OGL-UK-3.0",
      "OGTSL",
      "OLDAP-1.1",
      "OLDAP-1.2",
      "OLDAP-1.3",
      "OLDAP-1.4",
      "OLDAP-2.0",
      "OLDAP-2.0.1",
      "OLDAP-2.1",
      "OLDAP-2.2",
      "OLDAP-2.2.1",
      "OLDAP-2.2.2",
      "OLDAP-2.3",
      "OLDAP-2.4",
      "OLDAP-2.5",
      "OLDAP-2.6",
      "OLDAP-2.7",
      "OLDAP-2.8",
      "OLFL-1.3",
      "OML",
      "OPL-1.0",
      "OPL-UK-3.0",
      "OPUBL-1.0",
      "OSC-1.0",
      "OSET-PL-2.1",
      "OSL-1.0",
      "OSL-1.1",
      "OSL-2.0",
      "OSL-2.1",
      "OSL-3.0",
      "OSSP",
      "OpenMDW-1.0",
      "OpenPBS-2.3",
      "OpenSSL",
      "OpenSSL-standalone",
      "OpenVision",
      "PADL",
      "PDDL-1.0",
      "PHP-3.0",
      "PHP-3.01",
      "PPL",
      "PSF-2.0",
      "ParaType-Free-Font-1.3",
      "Parity-6.0.0",
      "Parity-7.0.0",
      "Pixar",
      "Plexus",
      "PolyForm-Noncommercial-1.0.0",
      "PolyForm-Small-Business-1.0.0",
      "PostgreSQL",
      "Python-2.0",
      "Python-2.0.1",
      "QPL-1.0",
      "QPL-1.0-INRIA-2004",
      "Qhull",
      "RHeCos-1.1",
      "RPL-1.1",
      "RPL-1.5",
      "RPSL-1.0",
      "RSA-MD",
      "RSCPL",
      "Rdisc",
      "Ruby",
      "Ruby-pty",
      "SAX-PD",
      "SAX-PD-2.0",
      "SCEA",
      "SGI-B-1.0",
      "SGI-B-1.1",
      "SGI-B-2.0",
      "SGI-OpenGL",
      "SGMLUG-PM",
      "SGP4",
      "SHL-0.5",
      "SHL-0.51",
      "SISSL",
      "SISSL-1.2",
      "SL",
      "SMAIL-GPL",
      "SMLNJ",
      "SMPPL",
      "SNIA",
      "SOFA",
      "SPL-1.0",
      "SSH-OpenSSH",
      "SSH-short",
      "SSLeay-standalone",
      "SSPL-1.0",
      "SUL-1.0",
      "SWL",
      "Saxpath",
      "SchemeReport",
      "Sendmail",
      "Sendmail-8.23",
      "Sendmail-Open-Source-1.1",
      "SimPL-2.0",
      "Sleepycat",
      "Soundex",
      "Spencer-86",
      "Spencer-94",
      "Spencer-99",
      "SugarCRM-1.1.3",
      "Sun-PPP",
      "Sun-PPP-2000",
      "SunPro",
      "Symlinks",
      "TAPR-OHL-1.0",
      "TCL",
      "TCP-wrappers",
      "TGPPL-1.0",
      "TMate",
      "TORQUE-1.1",
      "TOSL",
      "TPDL",
      "TPL-1.0",
      "TTWL",
      "TTYP0",
      "TU-Berlin-1.0",
      "TU-Berlin-2.0",
      "TekHVC",
      "TermReadKey",
      "ThirdEye",
      "TrustedQSL",
      "UCAR",
      "UCL-1.0",
      "UMich-Merit",
      "UPL-1.0",
      "URT-RLE",
      "Ubuntu-font-1.0",
      "UnRAR",
      "Unicode-3.0",
      "Unicode-DFS-2015",
      "Unicode-DFS-2016",
      "Unicode-TOU",
      "UnixCrypt",
      "Unlicense",
      "Unlicense-libtelnet",
      "Unlicense-libwhirlpool",
      "VOSTROM",
      "VSL-1.0",
      "Vim",
      "Vixie-Cron",
      "W3C",
      "W3C-19980720",
      "W3C-20150513",
      "WTFNMFPL",
      "WTFPL",
      "Watcom-1.0",
      "Widget-Workshop",
      "WordNet",
      "Wsuipa",
      "X11",
      "X11-distribute-modifications-variant",
      "X11-no-permit-persons",
      "X11-swapped",
      "XFree86-1.1",
      "XSkat",
      "Xdebug-1.03",
      "Xerox",
      "Xfig",
      "Xnet",
      "YPL-1.0",
      "YPL-1.1",
      "ZPL-1.1",
      "ZPL-2.0",
      "ZPL-2.1",
      "Zed",
      "Zeeff",
      "Zend-2.0",
      "Zimbra-1.3",
      "Zimbra-1.4",
      "Zlib",
      "any-OSI",
      "any-OSI-perl-modules",
      "atc-game",
      "bcrypt-Solar-Designer",
      "blessing",
      "bzip2-1.0.6",
      "check-cvs",
      "checkmk",
      "copyleft-next-0.3.0",
      "copyleft-next-0.3.1",
      "curl",
      "cve-tou",
      "diffmark",
      "dtoa",
      "dvipdfm",
      "eGenix",
      "etalab-2.0",
      "fwlw",
      "gSOAP-1.3b",
      "generic-xts",
      "gnuplot",
      "gtkbook",
      "hdparm",
      "hyphen-bulgarian",
      "iMatix",
      "jove",
      "libpng-1.6.35",
      "libpng-2.0",
      "libselinux-1.0",
      "libtiff",
      "libutil-David-Nugent",
      "lsof",
      "magaz",
      "mailprio",
      "man2html",
      "metamail",
      "mpi-permissive",
      "mpich2",
      "mplus",
      "ngrep",
      "pkgconf",
      "pnmstitch",
      "psfrag",
      "psutils",
      "python-ldap",
      "radvd",
      "snprintf",
      "softSurfer",
      "ssh-keyscan",
      "swrule",
      "threeparttable",
      "ulem",
      "w3m",
      "wwl",
      "xinetd",
      "xkeyboard-config-Zinoviev",
      "xlock",
      "xpp",
      "xzoom",
      "zlib-acknowledgement"
    ];
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = [
      "AGPL-1.0",
      "AGPL-3.0",
      "BSD-2-Clause-FreeBSD",
      "BSD-2-Clause-NetBSD",
      "GFDL-1.1",
      "GFDL-1.2",
      "GFDL-1.3",
      "GPL-1.0",
      "GPL-2.0",
      "GPL-2.0-with-GCC-exception",
      "GPL-2.0-with-autoconf-exception",
      "GPL-2.0-with-bison-exception",
      "GPL-2.0-with-classpath-exception",
      "GPL-2.0-with-font-exception",
      "GPL-3.0",
      "GPL-3.0-with-GCC-exception",
      "GPL-3.0-with-autoconf-exception",
      "LGPL-2.0",
      "LGPL-2.1",
      "LGPL-3.0",
      "Net-SNMP",
      "Nunit",
      "StandardML-NJ",
      "bzip2-1.0.5",
      "eCos-2.0",
      "wxWindows"
    ];
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = [
      "389-exception",
      "Asterisk-exception",
      "Autoconf-exception-2.0",
      "Autoconf-exception-3.0",
      "Autoconf-exception-generic",
      "Autoconf-exception-generic-3.0",
      "Autoconf-exception-macro",
      "Bison-exception-1.24",
      "Bison-exception-2.2",
      "Bootloader-exception",
      "Classpath-exception-2.0",
      "CLISP-exception-2.0",
      "cryptsetup-OpenSSL-exception",
      "DigiRule-FOSS-exception",
      "eCos-exception-2.0",
      "Fawkes-Runtime-exception",
      "FLTK-exception",
      "fmt-exception",
      "Font-exception-2.0",
      "freertos-exception-2.0",
      "GCC-exception-2.0",
      "GCC-exception-2.0-note",
      "GCC-exception-3.1",
      "Gmsh-exception",
      "GNAT-exception",
      "GNOME-examples-exception",
      "GNU-compiler-exception",
      "gnu-javamail-exception",
      "GPL-3.0-interface-exception",
      "GPL-3.0-linking-exception",
      "GPL-3.0-linking-source-exception",
      "GPL-CC-1.0",
      "GStreamer-exception-2005",
      "GStreamer-exception-2008",
      "i2p-gpl-java-exception",
      "KiCad-libraries-exception",
      "LGPL-3.0-linking-exception",
      "libpri-OpenH323-exception",
      "Libtool-exception",
      "Linux-syscall-note",
      "LLGPL",
      "LLVM-exception",
      "LZMA-exception",
      "mif-exception",
      "OCaml-LGPL-linking-exception",
      "OCCT-exception-1.0",
      "OpenJDK-assembly-exception-1.0",
      "openvpn-openssl-exception",
      "PS-or-PDF-font-exception-20170817",
      "QPL-1.0-INRIA-2004-exception",
      "Qt-GPL-exception-1.0",
      "Qt-LGPL-exception-1.1",
      "Qwt-exception-1.0",
      "SANE-exception",
      "SHL-2.0",
      "SHL-2.1",
      "stunnel-exception",
      "SWI-exception",
      "Swift-exception",
      "Texinfo-exception",
      "u-boot-exception-2.0",
      "UBDL-exception",
      "Universal-FOSS-exception-1.0",
      "vsftpd-openssl-exception",
      "WxWindows-exception-3.1",
      "x11vnc-openssl-exception"
    ];
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression2();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression2 = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression2();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// src/config/policy.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_POLICY = {
  scope: { dependencies: "direct", includeDev: false },
  register: "soup/register.yml",
  outputs: { list: "soup/SOUP.md", sbom: "soup/sbom.cdx.json", changes: "soup/changes" },
  reviewers: { permission: "write", teams: [], separationOfDuties: true },
  evidence: { checkRuns: [], links: true, required: true },
  labels: { anomaliesReviewed: "soup:anomalies-reviewed", requireAnomalyLabel: "when-anomalies" },
  anomalies: { onLookupFailure: "fail" },
  licences: { allow: [], deny: [], unknown: "warn" },
  ignore: { paths: [], packages: [] }
};
var RANK = { read: 0, triage: 1, write: 2, maintain: 3, admin: 4 };
function meetsPermission(actual, required) {
  return actual in RANK && RANK[actual] >= RANK[required];
}
var PolicyFileError = class extends Error {
  name = "PolicyFileError";
};
var SCHEMA = {
  scope: { dependencies: ["direct", "all"], "include-dev": "boolean" },
  register: "string",
  outputs: { list: "string", sbom: "string", changes: "string" },
  reviewers: {
    permission: ["read", "triage", "write", "maintain", "admin"],
    teams: "list",
    "separation-of-duties": "boolean"
  },
  evidence: { "check-runs": "list", links: "boolean", required: "boolean" },
  labels: { "anomalies-reviewed": "string", "require-anomaly-label": ["when-anomalies", "always", "never"] },
  anomalies: { "on-lookup-failure": ["fail", "warn"] },
  licences: { allow: "list", deny: "list", unknown: ["fail", "warn"] },
  ignore: { paths: "list", packages: "list" }
};
function parsePolicyFile(path, text) {
  if (text === void 0) return DEFAULT_POLICY;
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  });
  const where = (offset) => offset === void 0 ? path : `${path}:${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new PolicyFileError(`${where(error.pos[0])}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  (0, import_yaml.visit)(doc, {
    Alias(_key, node) {
      const problem = `${where(node.range?.[0])}: YAML aliases are not allowed in the policy file`;
      if ((0, import_yaml.isAlias)(node) && !problems.includes(problem)) problems.push(problem);
    }
  });
  const root = doc.contents;
  if (root !== null && !(0, import_yaml.isMap)(root))
    throw new PolicyFileError(`${path}:1: expected a mapping of policy sections`);
  const values = {};
  for (const pair of (0, import_yaml.isMap)(root) ? root.items : []) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const offset = (0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
    const shape = Object.hasOwn(SCHEMA, key) ? SCHEMA[key] : void 0;
    if (shape === void 0) {
      problems.push(`${where(offset)}: unknown section "${key}"; known: ${Object.keys(SCHEMA).join(", ")}`);
      continue;
    }
    if (shape === "string") {
      if (!(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string" || pair.value.value.trim() === "") {
        problems.push(`${where(offset)}: "${key}" must be a path`);
      } else values[key] = pair.value.value;
      continue;
    }
    if (!(0, import_yaml.isMap)(pair.value)) {
      problems.push(`${where(offset)}: "${key}" must be a mapping with ${Object.keys(shape).join(", ")}`);
      continue;
    }
    const section = {};
    for (const item of pair.value.items) {
      const name = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
      const at = where((0, import_yaml.isScalar)(item.key) ? item.key.range?.[0] : void 0);
      const expected = Object.hasOwn(shape, name) ? shape[name] : void 0;
      const value = item.value?.toJSON?.() ?? null;
      if (expected === void 0) {
        problems.push(`${at}: unknown key "${key}.${name}"; known: ${Object.keys(shape).join(", ")}`);
      } else if (expected === "boolean" && typeof value !== "boolean") {
        problems.push(`${at}: "${key}.${name}" must be true or false`);
      } else if (expected === "string" && (typeof value !== "string" || value.trim() === "")) {
        problems.push(`${at}: "${key}.${name}" must be a non-empty string`);
      } else if (expected === "list" && (!(0, import_yaml.isSeq)(item.value) || !value.every((v) => typeof v === "string"))) {
        problems.push(`${at}: "${key}.${name}" must be a list of strings, e.g. [a, b]`);
      } else if (Array.isArray(expected) && !expected.includes(value)) {
        problems.push(
          `${at}: "${key}.${name}" must be one of ${expected.join(", ")} (got ${JSON.stringify(value)})`
        );
      } else section[name] = value;
    }
    values[key] = section;
  }
  if (problems.length > 0)
    throw new PolicyFileError(`invalid policy file:
${problems.map((p) => `  ${p}`).join("\n")}`);
  return toPolicy(values);
}
function toPolicy(v) {
  const d = DEFAULT_POLICY;
  const pick = (section, key, fallback) => v[section]?.[key] ?? fallback;
  return {
    scope: {
      dependencies: pick("scope", "dependencies", d.scope.dependencies),
      includeDev: pick("scope", "include-dev", d.scope.includeDev)
    },
    register: typeof v.register === "string" ? v.register : d.register,
    outputs: {
      list: pick("outputs", "list", d.outputs.list),
      sbom: pick("outputs", "sbom", d.outputs.sbom),
      changes: pick("outputs", "changes", d.outputs.changes)
    },
    reviewers: {
      permission: pick("reviewers", "permission", d.reviewers.permission),
      teams: pick("reviewers", "teams", d.reviewers.teams),
      separationOfDuties: pick("reviewers", "separation-of-duties", d.reviewers.separationOfDuties)
    },
    evidence: {
      checkRuns: pick("evidence", "check-runs", d.evidence.checkRuns),
      links: pick("evidence", "links", d.evidence.links),
      required: pick("evidence", "required", d.evidence.required)
    },
    labels: {
      anomaliesReviewed: pick("labels", "anomalies-reviewed", d.labels.anomaliesReviewed),
      requireAnomalyLabel: pick("labels", "require-anomaly-label", d.labels.requireAnomalyLabel)
    },
    anomalies: { onLookupFailure: pick("anomalies", "on-lookup-failure", d.anomalies.onLookupFailure) },
    licences: {
      allow: pick("licences", "allow", d.licences.allow),
      deny: pick("licences", "deny", d.licences.deny),
      unknown: pick("licences", "unknown", d.licences.unknown)
    },
    ignore: {
      paths: pick("ignore", "paths", d.ignore.paths),
      packages: pick("ignore", "packages", d.ignore.packages)
    }
  };
}

// src/enrich/http.ts
var LookupError = class extends Error {
  constructor(url, reason) {
    super(`${url}: ${reason}`);
    this.url = url;
    this.reason = reason;
  }
  url;
  reason;
  name = "LookupError";
};
var DEFAULT_TIMEOUT_MS = 15e3;
var DEFAULT_RETRIES = 3;
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
var DEFAULT_BACKOFF_MS = 500;
var DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var realSleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
function parseRetryAfter(value, now = Date.now()) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function describeError(error, timeoutMs) {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") {
      return { reason: `no response within ${timeoutMs} ms`, transient: true };
    }
    const cause = error.cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : "";
    return { reason: `request failed (${error.message}${detail})`, transient: true };
  }
  return { reason: `request failed (${String(error)})`, transient: true };
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
function createHttpClient(options) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const requests = {};
  const cache = /* @__PURE__ */ new Map();
  async function attemptOnce(url, init, allowNotFound) {
    const host = hostOf(url);
    requests[host] = (requests[host] ?? 0) + 1;
    let response;
    let text;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => void 0);
        const waitMs = parseRetryAfter(response.headers.get("retry-after"));
        if (waitMs !== void 0 && waitMs > maxRetryAfterMs) {
          throw new LookupError(
            url,
            `HTTP ${response.status}; the server asks to retry after ${Math.ceil(waitMs / 1e3)} s, longer than the ${maxRetryAfterMs / 1e3} s we wait`
          );
        }
        return { retry: `HTTP ${response.status}`, ...waitMs !== void 0 ? { waitMs } : {} };
      }
      if (response.status === 404 && allowNotFound) {
        await response.body?.cancel().catch(() => void 0);
        return { done: { status: 404, body: null } };
      }
      const length = Number(response.headers.get("content-length") ?? "0");
      if (length > maxBytes) {
        await response.body?.cancel().catch(() => void 0);
        throw new LookupError(url, `response of ${length} bytes is larger than the ${maxBytes} we read`);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof LookupError) throw error;
      return { retry: describeError(error, timeoutMs).reason };
    }
    if (!response.ok) {
      throw new LookupError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    if (text.length > maxBytes) {
      throw new LookupError(url, `response larger than the ${maxBytes} bytes we read`);
    }
    try {
      return { done: { status: response.status, body: JSON.parse(text) } };
    } catch (error) {
      const start = JSON.stringify(text.slice(0, 60));
      throw new LookupError(
        url,
        `malformed JSON in the response (${error.message}); it starts with ${start}`
      );
    }
  }
  async function send(url, init, allowNotFound) {
    let lastReason = "";
    for (let attempt = 0; attempt <= retries; attempt++) {
      const outcome = await attemptOnce(url, init, allowNotFound);
      if ("done" in outcome) return outcome.done;
      lastReason = outcome.retry;
      if (attempt === retries) break;
      const wait = outcome.waitMs ?? backoffMs * 2 ** attempt + random() * backoffMs;
      await sleep(wait);
    }
    throw new LookupError(
      url,
      `${lastReason}, still after ${retries + 1} attempt${retries === 0 ? "" : "s"}`
    );
  }
  function cached(key, run) {
    let entry = cache.get(key);
    if (entry === void 0) {
      entry = run();
      cache.set(key, entry);
    }
    return entry;
  }
  const headers = { accept: "application/json" };
  if (options.userAgent !== void 0) headers["user-agent"] = options.userAgent;
  return {
    requests,
    getJson(url, getOptions) {
      const allowNotFound = getOptions?.allowNotFound ?? false;
      return cached(
        `GET ${url} ${allowNotFound}`,
        () => send(url, { method: "GET", headers }, allowNotFound)
      );
    },
    postJson(url, payload) {
      const body = JSON.stringify(payload);
      return cached(
        `POST ${url}
${body}`,
        () => send(
          url,
          { method: "POST", headers: { ...headers, "content-type": "application/json" }, body },
          false
        )
      );
    }
  };
}
async function mapWithLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/gate/scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function matchIgnoredPackages(patterns) {
  if (patterns.length === 0) return () => false;
  const ignored = (0, import_picomatch.default)([...patterns]);
  return (item) => ignored(item.name) || ignored(`${item.ecosystem}/${item.name}`);
}
function removeIgnoredPackages(items, patterns) {
  if (patterns.length === 0) return items;
  const ignored = matchIgnoredPackages(patterns);
  return items.filter((item) => !ignored(item));
}
function isInScope(item, scope) {
  if (scope.dependencies === "direct" && item.direct === false) return false;
  return scope.includeDev || item.scope !== "dev";
}

// src/markdown/escape.ts
var MAX_INLINE_CHARS = 200;
var HTML = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "@": "&#64;",
  "\\": "&#92;",
  "[": "&#91;",
  "]": "&#93;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "#": "&#35;",
  "!": "&#33;",
  "(": "&#40;",
  ")": "&#41;",
  ":": "&#58;"
};
function truncate(text, max = MAX_INLINE_CHARS) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function escapeText(text, max = MAX_INLINE_CHARS) {
  const flat = truncate(text, max).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
  return flat.replace(/[&<>"'|`@\\[\]*_~#!():]/g, (c) => HTML[c]);
}
function code(text, max = MAX_INLINE_CHARS) {
  return `<code>${escapeText(text, max)}</code>`;
}
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()<>"'` |[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
var ENTITY = /&(#\d{1,6}|amp|lt|gt|quot);/g;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"' };
function toPlainText(markdown) {
  return markdown.replace(/<code>(.*?)<\/code>/g, "`$1`").replace(/<\/?(b|sub|details|summary)>/g, "").replace(
    ENTITY,
    (_m, entity) => entity.startsWith("#") ? String.fromCodePoint(Number(entity.slice(1))) : NAMED[entity]
  );
}

// src/enrich/evaluations.ts
var ANOMALY_STATES = [
  "not_affected",
  "exploitable",
  "false_positive",
  "resolved",
  "in_triage"
];
var ANOMALY_JUSTIFICATIONS = [
  "code_not_present",
  "code_not_reachable",
  "requires_configuration",
  "requires_dependency",
  "requires_environment",
  "protected_by_compiler",
  "protected_at_runtime",
  "protected_at_perimeter",
  "protected_by_mitigating_control"
];
function day(value) {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
function classifyAnomalies(anomalies, evaluations, today) {
  const now = day(today);
  const byId = /* @__PURE__ */ new Map();
  for (const evaluation of evaluations) {
    const key = evaluation.id.trim().toUpperCase();
    byId.set(key, [...byId.get(key) ?? [], evaluation]);
  }
  return anomalies.map((anomaly) => {
    const direct = byId.get(anomaly.id.toUpperCase()) ?? [];
    const viaAlias = anomaly.aliases.flatMap((alias) => byId.get(alias.toUpperCase()) ?? []);
    const latest = (list) => [...list].sort((a, b) => day(b.on ?? "").localeCompare(day(a.on ?? "")))[0];
    const evaluation = latest(direct) ?? latest(viaAlias);
    if (evaluation === void 0) return { anomaly, status: "unevaluated" };
    if (evaluation.expires !== void 0 && day(evaluation.expires) < now) {
      return {
        anomaly,
        status: "expired",
        evaluation,
        note: `evaluation expired on ${day(evaluation.expires)}`
      };
    }
    if (evaluation.state === "in_triage") {
      return { anomaly, status: "unevaluated", evaluation, note: "in triage" };
    }
    return { anomaly, status: "evaluated", evaluation };
  });
}

// src/register/types.ts
var SAFETY_CLASSES = ["A", "B", "C"];
function formatProblem(problem) {
  const where = problem.line !== void 0 ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field !== void 0 ? `${problem.field}: ` : ""}${problem.message}`;
}
var RegisterError = class extends Error {
  constructor(file, problems) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`
    );
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  name = "RegisterError";
};

// src/register/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/register/keys.ts
var ECOSYSTEMS = [
  "npm",
  "PyPI",
  "Go",
  "crates.io",
  "RubyGems",
  "Packagist",
  "NuGet",
  "Maven",
  "Pub",
  "SwiftURL",
  "GitHub Actions"
];
var BY_LOWER = new Map(ECOSYSTEMS.map((e) => [squash(e), e]));
function squash(ecosystem) {
  return ecosystem.toLowerCase().replace(/[\s_-]+/g, "");
}
function registerKey(ecosystem, name) {
  return `${ecosystem}/${name}`;
}
function normalizeRegisterName(ecosystem, name) {
  switch (ecosystem) {
    case "PyPI":
      return normalizePythonName(name);
    case "NuGet":
    case "Packagist":
    case "GitHub Actions":
      return name.toLowerCase();
    default:
      return name;
  }
}
function registerLookupKey(ecosystem, name) {
  return `${ecosystem.toLowerCase()}/${normalizeRegisterName(ecosystem, name)}`;
}
function parseRegisterKey(key) {
  const slash = key.indexOf("/");
  if (slash <= 0 || slash === key.length - 1) return void 0;
  const ecosystem = BY_LOWER.get(squash(key.slice(0, slash)));
  const name = key.slice(slash + 1).trim();
  if (!ecosystem || name === "") return void 0;
  return { ecosystem, name };
}

// src/register/completeness.ts
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "todo",
  "tbd",
  "tbc",
  "fixme",
  "dependency",
  "a dependency",
  "n/a",
  "na",
  "none yet",
  "placeholder",
  "xxx",
  "-",
  "--",
  "...",
  "\u2026",
  "?",
  "???"
]);
function isPlaceholder(value) {
  const text = value.trim().toLowerCase();
  if (text === "" || PLACEHOLDERS.has(text)) return true;
  if (PLACEHOLDERS.has(text.replace(/[\s.!:;,]+$/, ""))) return true;
  return /^(todo|tbd|tbc|fixme)\s*[:(\-–—]/.test(text);
}
function describeEmpty(value) {
  return value.trim() === "" ? "is empty" : `${JSON.stringify(value.trim())} is a placeholder`;
}
var RANK2 = { A: 0, B: 1, C: 2 };
function effectiveClass(entry, defaults) {
  return entry?.safetyClass ?? defaults.safetyClass;
}
var WHY = {
  purpose: "say what this SOUP item does in the product (IEC 62304 5.3.3)",
  requirements: "list the functional and performance requirements it must meet, as { id, text } (IEC 62304 5.3.3)",
  prerequisites: "name the hardware and software it needs (IEC 62304 5.3.4)",
  verification: "point to the tests or reviews that show the requirements are met",
  rationale: "say why this item may be below the system class (e.g. segregation, IEC 62304 4.3)",
  supplier: "name the manufacturer, or remove the field"
};
function evaluationProblems(file, field, evaluation) {
  const problems = [];
  const at = (name, message) => {
    problems.push({ file, line: evaluation.line, field: `${field}.${name}`, message });
  };
  if (isPlaceholder(evaluation.id)) at("id", "is missing: the advisory id (GHSA-\u2026, CVE-\u2026, OSV id)");
  if (evaluation.state === void 0)
    at("state", "is missing: not_affected, exploitable, false_positive, resolved or in_triage");
  for (const name of ["reason", "by", "on"]) {
    const value = evaluation[name];
    if (value === void 0) {
      at(
        name,
        name === "reason" ? "is missing: why the anomaly does or does not affect the product" : name === "by" ? "is missing: who evaluated it" : "is missing: when it was evaluated (YYYY-MM-DD)"
      );
    } else if (isPlaceholder(value)) {
      at(name, `${describeEmpty(value)}; write the real value`);
    }
  }
  return problems;
}
function checkEntryCompleteness(file, entry, defaults) {
  const problems = [];
  const base = `items.${JSON.stringify(entry.key)}`;
  const safetyClass = effectiveClass(entry, defaults);
  const required = /* @__PURE__ */ new Set(["purpose"]);
  if (safetyClass !== "A") for (const f of ["requirements", "prerequisites", "verification"]) required.add(f);
  if (entry.safetyClass !== void 0 && RANK2[entry.safetyClass] < RANK2[defaults.safetyClass])
    required.add("rationale");
  const missing = (name) => {
    const reason = name === "rationale" ? `is missing: class ${safetyClass} is below the default class ${defaults.safetyClass}; ${WHY[name]}` : `is missing: class ${safetyClass} needs it; ${WHY[name]}`;
    problems.push({ file, line: entry.line, field: `${base}.${name}`, message: reason });
  };
  for (const name of ["purpose", "supplier", "prerequisites", "rationale", "verification"]) {
    const value = entry[name];
    if (value === void 0) {
      if (required.has(name)) missing(name);
    } else if (isPlaceholder(value)) {
      problems.push({
        file,
        line: entry.line,
        field: `${base}.${name}`,
        message: `${describeEmpty(value)}; ${WHY[name]}`
      });
    }
  }
  if (entry.requirements.length === 0) {
    if (required.has("requirements")) missing("requirements");
  }
  entry.requirements.forEach((requirement, index) => {
    const field = `${base}.requirements[${index}]`;
    if (isPlaceholder(requirement.id))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.id`,
        message: "needs a requirement id, e.g. REQ-API-003"
      });
    if (isPlaceholder(requirement.text))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.text`,
        message: requirement.text.trim() === "" ? "needs the requirement text" : `${JSON.stringify(requirement.text.trim())} is a placeholder; write the requirement`
      });
  });
  entry.risks.forEach((risk, index) => {
    if (isPlaceholder(risk))
      problems.push({
        file,
        line: entry.line,
        field: `${base}.risks[${index}]`,
        message: `${JSON.stringify(risk)} is a placeholder; use a risk id from the risk file or remove it`
      });
  });
  entry.anomalies.forEach((evaluation, index) => {
    problems.push(...evaluationProblems(file, `${base}.anomalies[${index}]`, evaluation));
  });
  return problems;
}

// src/register/parse.ts
var MAX_REGISTER_BYTES = 5 * 1024 * 1024;
var MAX_REGISTER_ALIASES = 100;
var TOP_LEVEL = ["defaults", "items"];
var DEFAULT_FIELDS = ["safety-class", "rationale"];
var ENTRY_FIELDS = [
  "purpose",
  "supplier",
  "requirements",
  "prerequisites",
  "safety-class",
  "rationale",
  "verification",
  "risks",
  "anomalies"
];
var REQUIREMENT_FIELDS = ["id", "text"];
var ANOMALY_FIELDS = ["id", "state", "justification", "reason", "by", "on", "expires"];
var AliasLimitError = class extends Error {
};
var Reader = class {
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }
  file;
  doc;
  lines;
  structural = [];
  aliases = 0;
  lineOf(node) {
    const range = node?.range;
    return range ? this.lines.linePos(range[0]).line : void 0;
  }
  problem(node, field, message) {
    const line = this.lineOf(node);
    this.structural.push({
      file: this.file,
      ...line !== void 0 ? { line } : {},
      ...field !== void 0 ? { field } : {},
      message
    });
  }
  /** Follows an alias, counting it: the count, not the depth, is what stops expansion bombs. */
  resolve(node) {
    if (!(0, import_yaml2.isAlias)(node)) return node;
    this.aliases++;
    if (this.aliases > MAX_REGISTER_ALIASES) throw new AliasLimitError();
    return node.resolve(this.doc);
  }
  /** The pairs of a mapping with plain keys; reports non-scalar keys. */
  pairs(node, field) {
    const map = this.resolve(node);
    if (!(0, import_yaml2.isMap)(map)) return [];
    const out = [];
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key);
      if (!(0, import_yaml2.isScalar)(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
        this.problem(pair.key ?? map, field, "keys must be plain text");
        continue;
      }
      out.push({ key: String(keyNode.value), keyNode, value: pair.value });
    }
    return out;
  }
};
function suggest(key, known) {
  const squashed = key.toLowerCase().replace(/[\s_]+/g, "-");
  const close = known.find((k) => k === squashed || k.replace(/-/g, "") === squashed.replace(/-/g, ""));
  return close ? ` (did you mean "${close}"?)` : `; expected one of ${known.join(", ")}`;
}
function quote(key) {
  return JSON.stringify(key);
}
function readText(r, node, field, { allowNumber = false } = {}) {
  const value = r.resolve(node);
  if (value === null || value === void 0) return "";
  if ((0, import_yaml2.isScalar)(value)) {
    if (value.value === null) return "";
    if (typeof value.value === "string") return value.value;
    if (allowNumber && typeof value.value === "number") return String(value.value);
  }
  r.problem(node, field, allowNumber ? "must be text or a number" : "must be text (quote it if needed)");
  return void 0;
}
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
function readSafetyClass(r, node, field) {
  const text = readText(r, node, field);
  if (text === void 0) return void 0;
  const upper = text.trim().toUpperCase();
  if (SAFETY_CLASSES.includes(upper)) return upper;
  r.problem(node, field, `${quote(text)} is not a safety class; use A, B or C (IEC 62304 4.3)`);
  return void 0;
}
function checkFields(r, pairs, known, field) {
  for (const { key, keyNode } of pairs) {
    if (key.startsWith("x-") || known.includes(key)) continue;
    r.problem(keyNode, `${field}.${key}`, `unknown field${suggest(key, known)}`);
  }
}
function readRequirements(r, node, field) {
  const seq = r.resolve(node);
  if (seq === null || seq === void 0 || (0, import_yaml2.isScalar)(seq) && seq.value === null) return [];
  if (!(0, import_yaml2.isSeq)(seq)) {
    r.problem(node, field, "must be a list of { id, text }");
    return [];
  }
  const out = [];
  seq.items.forEach((item, index) => {
    const itemField = `${field}[${index}]`;
    const map = r.resolve(item);
    if (!(0, import_yaml2.isMap)(map)) {
      r.problem(item, itemField, "must be a mapping with id and text");
      return;
    }
    const pairs = r.pairs(map, itemField);
    checkFields(r, pairs, REQUIREMENT_FIELDS, itemField);
    const get = (name) => pairs.find((p) => p.key === name)?.value;
    const id = pairs.some((p) => p.key === "id") ? readText(r, get("id"), `${itemField}.id`, { allowNumber: true }) : "";
    const text = pairs.some((p) => p.key === "text") ? readText(r, get("text"), `${itemField}.text`) : "";
    out.push({ id: id ?? "", text: text ?? "", line: r.lineOf(map) ?? 0 });
  });
  return out;
}
function readRisks(r, node, field) {
  const seq = r.resolve(node);
  if (seq === null || seq === void 0 || (0, import_yaml2.isScalar)(seq) && seq.value === null) return [];
  if (!(0, import_yaml2.isSeq)(seq)) {
    r.problem(node, field, "must be a list of risk ids, e.g. [RISK-017]");
    return [];
  }
  const out = [];
  seq.items.forEach((item, index) => {
    const text = readText(r, item, `${field}[${index}]`, { allowNumber: true });
    if (text !== void 0) out.push(text);
  });
  return out;
}
function readEnum(r, node, field, allowed, what) {
  const text = readText(r, node, field);
  if (text === void 0 || text === "") return void 0;
  if (allowed.includes(text)) return text;
  r.problem(node, field, `${quote(text)} is not ${what}; use one of ${allowed.join(", ")}`);
  return void 0;
}
function readDate(r, node, field) {
  const text = readText(r, node, field);
  if (text === void 0 || text === "") return text === "" ? "" : void 0;
  if (isIsoDate(text.trim())) return text.trim();
  r.problem(node, field, `${quote(text)} is not a date; write YYYY-MM-DD`);
  return void 0;
}
function readAnomalies(r, node, field) {
  const seq = r.resolve(node);
  if (seq === null || seq === void 0 || (0, import_yaml2.isScalar)(seq) && seq.value === null) return [];
  if (!(0, import_yaml2.isSeq)(seq)) {
    r.problem(node, field, "must be a list of anomaly evaluations { id, state, reason, by, on }");
    return [];
  }
  const out = [];
  seq.items.forEach((item, index) => {
    const itemField = `${field}[${index}]`;
    const map = r.resolve(item);
    if (!(0, import_yaml2.isMap)(map)) {
      r.problem(item, itemField, "must be a mapping with id, state, reason, by and on");
      return;
    }
    const pairs = r.pairs(map, itemField);
    checkFields(r, pairs, ANOMALY_FIELDS, itemField);
    const has = (name) => pairs.some((p) => p.key === name);
    const get = (name) => pairs.find((p) => p.key === name)?.value;
    const evaluation = {
      id: (has("id") ? readText(r, get("id"), `${itemField}.id`) : "") ?? "",
      line: r.lineOf(map) ?? 0
    };
    if (has("state")) {
      const state = readEnum(
        r,
        get("state"),
        `${itemField}.state`,
        ANOMALY_STATES,
        "a CycloneDX analysis state"
      );
      if (state !== void 0) evaluation.state = state;
    }
    if (has("justification")) {
      const justification = readEnum(
        r,
        get("justification"),
        `${itemField}.justification`,
        ANOMALY_JUSTIFICATIONS,
        "a CycloneDX justification"
      );
      if (justification !== void 0) evaluation.justification = justification;
    }
    for (const name of ["reason", "by"]) {
      if (!has(name)) continue;
      const text = readText(r, get(name), `${itemField}.${name}`);
      if (text !== void 0) evaluation[name] = text;
    }
    for (const name of ["on", "expires"]) {
      if (!has(name)) continue;
      const date = readDate(r, get(name), `${itemField}.${name}`);
      if (date !== void 0) evaluation[name] = date;
    }
    out.push(evaluation);
  });
  return out;
}
function readEntry(r, key, keyNode, node) {
  const field = `items.${quote(key)}`;
  const parsed = parseRegisterKey(key);
  if (!parsed) {
    r.problem(
      keyNode,
      field,
      `is not <ecosystem>/<name>; the ecosystem is one of ${ECOSYSTEMS.join(", ")} (e.g. "npm/express", "PyPI/requests")`
    );
    return void 0;
  }
  const value = r.resolve(node);
  const entry = {
    key,
    ecosystem: parsed.ecosystem,
    name: parsed.name,
    line: r.lineOf(keyNode) ?? 0,
    requirements: [],
    risks: [],
    anomalies: [],
    problems: []
  };
  if (value === null || value === void 0 || (0, import_yaml2.isScalar)(value) && value.value === null) return entry;
  if (!(0, import_yaml2.isMap)(value)) {
    r.problem(node, field, "must be a mapping of fields (purpose, safety-class, requirements, \u2026)");
    return void 0;
  }
  const pairs = r.pairs(value, field);
  checkFields(r, pairs, ENTRY_FIELDS, field);
  for (const { key: name, value: fieldNode } of pairs) {
    const path = `${field}.${name}`;
    switch (name) {
      case "purpose":
      case "supplier":
      case "prerequisites":
      case "rationale":
      case "verification": {
        const text = readText(r, fieldNode, path);
        if (text !== void 0) entry[name] = text;
        break;
      }
      case "safety-class": {
        const safetyClass = readSafetyClass(r, fieldNode, path);
        if (safetyClass !== void 0) entry.safetyClass = safetyClass;
        break;
      }
      case "requirements":
        entry.requirements = readRequirements(r, fieldNode, path);
        break;
      case "risks":
        entry.risks = readRisks(r, fieldNode, path);
        break;
      case "anomalies":
        entry.anomalies = readAnomalies(r, fieldNode, path);
        break;
    }
  }
  return entry;
}
function readDefaults(r, node) {
  const defaults = { safetyClass: "C", assumed: true };
  const value = r.resolve(node);
  if (value === null || value === void 0 || (0, import_yaml2.isScalar)(value) && value.value === null) return defaults;
  if (!(0, import_yaml2.isMap)(value)) {
    r.problem(node, "defaults", "must be a mapping with safety-class and rationale");
    return defaults;
  }
  const pairs = r.pairs(value, "defaults");
  checkFields(r, pairs, DEFAULT_FIELDS, "defaults");
  for (const { key, value: fieldNode } of pairs) {
    if (key === "safety-class") {
      const safetyClass = readSafetyClass(r, fieldNode, "defaults.safety-class");
      if (safetyClass !== void 0) {
        defaults.safetyClass = safetyClass;
        defaults.assumed = false;
      }
    } else if (key === "rationale") {
      const text = readText(r, fieldNode, "defaults.rationale");
      if (text !== void 0 && text.trim() !== "") defaults.rationale = text;
    }
  }
  return defaults;
}
function emptyRegister(path = "soup/register.yml") {
  return { path, defaults: { safetyClass: "C", assumed: true }, entries: /* @__PURE__ */ new Map() };
}
function parseRegister(path, text, options = {}) {
  if (text.length > MAX_REGISTER_BYTES) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `is ${text.length} characters, over the limit of ${MAX_REGISTER_BYTES}; a register is hand-written and kilobytes long`
      }
    ]);
  }
  const lines = new import_yaml2.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml2.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, version: "1.2" });
  } catch (error) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`
      }
    ]);
  }
  if (doc.errors.length > 0) {
    throw new RegisterError(
      path,
      doc.errors.map((error) => ({
        file: path,
        ...error.linePos ? { line: error.linePos[0].line } : {},
        message: `YAML ${error.code === "DUPLICATE_KEY" ? "duplicate key" : "syntax error"}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
      }))
    );
  }
  const reader = new Reader(path, doc, lines);
  const entries = /* @__PURE__ */ new Map();
  const broken = /* @__PURE__ */ new Set();
  let defaults = { safetyClass: "C", assumed: true };
  try {
    const root = reader.resolve(doc.contents);
    if (root !== null && root !== void 0 && !((0, import_yaml2.isScalar)(root) && root.value === null)) {
      if (!(0, import_yaml2.isMap)(root)) {
        reader.problem(root, void 0, 'the register must be a mapping with "defaults" and "items"');
      } else {
        const top = reader.pairs(root, "(top level)");
        checkFields(reader, top, TOP_LEVEL, "(top level)");
        const defaultsPair = top.find((p) => p.key === "defaults");
        if (defaultsPair) defaults = readDefaults(reader, defaultsPair.value);
        const itemsPair = top.find((p) => p.key === "items");
        const items = itemsPair ? reader.resolve(itemsPair.value) : void 0;
        if (itemsPair && items !== null && !(0, import_yaml2.isMap)(items) && !((0, import_yaml2.isScalar)(items) && items.value === null)) {
          reader.problem(itemsPair.value, "items", 'must be a mapping of "<ecosystem>/<name>": { fields }');
        } else if (itemsPair) {
          for (const { key, keyNode, value } of reader.pairs(items, "items")) {
            const before = reader.structural.length;
            const entry = readEntry(reader, key, keyNode, value);
            if (!entry) continue;
            if (reader.structural.length > before) broken.add(entry);
            const lookup = registerLookupKey(entry.ecosystem, entry.name);
            const earlier = entries.get(lookup);
            if (earlier) {
              reader.problem(
                keyNode,
                `items.${quote(key)}`,
                `is the same package as ${quote(earlier.key)} on line ${earlier.line}; keep one entry`
              );
              continue;
            }
            entries.set(lookup, entry);
          }
        }
      }
    }
  } catch (error) {
    if (!(error instanceof AliasLimitError)) throw error;
    reader.structural.push({
      file: path,
      message: `uses more than ${MAX_REGISTER_ALIASES} YAML aliases; write the values out (alias expansion is bounded to stop "billion laughs" documents)`
    });
  }
  const incomplete = [];
  for (const entry of entries.values()) {
    if (broken.has(entry)) continue;
    entry.problems = checkEntryCompleteness(path, entry, defaults);
    incomplete.push(...entry.problems);
  }
  const problems = options.allowIncomplete ? reader.structural : [...reader.structural, ...incomplete];
  if (problems.length > 0) {
    throw new RegisterError(
      path,
      [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    );
  }
  return { path, defaults, entries };
}

// src/inventory/load-inventory.ts
var decoder = new TextDecoder("utf-8", { fatal: false });
function decode(bytes) {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
async function loadInventory(source, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const paths = await source.listFiles();
  const lockPaths = selectLockfiles(paths, options.ignore);
  const present = new Set(paths);
  const lockfiles = [];
  const manifests = /* @__PURE__ */ new Map();
  for (const [index, path] of lockPaths.entries()) {
    const bytes = await source.readFile(path);
    if (!bytes) continue;
    if (bytes.byteLength > maxBytes) {
      throw new LockfileParseError(
        path,
        void 0,
        `is ${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes; raise max-lockfile-bytes if it is genuine`
      );
    }
    options.onProgress?.(
      `[${index + 1}/${lockPaths.length}] ${source.label}: ${path} (${bytes.byteLength} bytes)`
    );
    lockfiles.push({ path, text: decode(bytes) });
    for (const manifest of manifestsFor(path)) {
      if (manifests.has(manifest) || !present.has(manifest)) continue;
      const manifestBytes = await source.readFile(manifest);
      if (manifestBytes && manifestBytes.byteLength <= maxBytes)
        manifests.set(manifest, decode(manifestBytes));
    }
  }
  return buildInventory(lockfiles, manifests);
}

// src/enrich/licence-policy.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var LicencePolicyError = class extends Error {
  name = "LicencePolicyError";
};
var MAX_ALTERNATIVES = 256;
var NOT_A_LICENCE = /* @__PURE__ */ new Set(["", "noassertion", "none", "non-standard", "unknown", "unlicensed"]);
var GNU_FAMILY = /^(a?gpl|lgpl|gfdl)-\d/i;
function toTerm(node) {
  let id = node.license;
  let orLater = node.plus === true;
  const lower = id.toLowerCase();
  if (lower.endsWith("-or-later")) {
    id = id.slice(0, -"-or-later".length);
    orLater = true;
  } else if (lower.endsWith("-only") && GNU_FAMILY.test(id)) {
    id = id.slice(0, -"-only".length);
  }
  const display = node.license + (node.plus ? "+" : "") + (node.exception ? ` WITH ${node.exception}` : "");
  return {
    base: id.toLowerCase(),
    orLater,
    ...node.exception !== void 0 ? { exception: node.exception.toLowerCase() } : {},
    display
  };
}
function toAlternatives(node) {
  if ("license" in node) return [[toTerm(node)]];
  const left = toAlternatives(node.left);
  const right = toAlternatives(node.right);
  if (left === void 0 || right === void 0) return void 0;
  if (node.conjunction === "or") {
    return left.length + right.length > MAX_ALTERNATIVES ? void 0 : [...left, ...right];
  }
  if (left.length * right.length > MAX_ALTERNATIVES) return void 0;
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}
function parseExpression(expression) {
  if (expression === null || expression === void 0 || NOT_A_LICENCE.has(expression.trim().toLowerCase())) {
    return { unknown: "no licence is known" };
  }
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(expression.trim());
  } catch {
    return { unknown: `"${expression}" is not an SPDX licence expression` };
  }
  const alternatives = toAlternatives(node);
  return alternatives === void 0 ? { unknown: `"${expression}" has more than ${MAX_ALTERNATIVES} alternatives` } : { alternatives };
}
function parseEntry(entry, list) {
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(entry.trim());
  } catch {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is not an SPDX licence id (e.g. MIT, GPL-3.0-only, LicenseRef-acme)`
    );
  }
  if (!("license" in node)) {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is an expression; list single licence ids, one per entry`
    );
  }
  return toTerm(node);
}
function deniedBy(term, entry) {
  if (term.base !== entry.base) return false;
  return entry.exception === void 0 || entry.exception === term.exception;
}
function allowedBy(term, entry) {
  if (term.base !== entry.base) return false;
  if (entry.orLater && !term.orLater) return false;
  return entry.exception === void 0 || entry.exception === term.exception;
}
var unique = (values) => [...new Set(values)];
function evaluateLicence(expression, policy) {
  const allow = (policy.allow ?? []).map((e) => parseEntry(e, "allow"));
  const deny = (policy.deny ?? []).map((e) => parseEntry(e, "deny"));
  const parsed = parseExpression(expression);
  if ("unknown" in parsed) {
    return {
      verdict: "unknown",
      blocking: policy.unknown === "fail",
      reason: `licence unknown: ${parsed.unknown}`
    };
  }
  const judged = parsed.alternatives.map((terms) => ({
    terms,
    denied: terms.filter((t) => deny.some((e) => deniedBy(t, e))),
    notAllowed: allow.length === 0 ? [] : terms.filter((t) => !allow.some((e) => allowedBy(t, e)))
  }));
  const acceptable = judged.find((j) => j.denied.length === 0 && j.notAllowed.length === 0);
  if (acceptable) {
    const chosen = acceptable.terms.map((t) => t.display).join(" AND ");
    const rule = allow.length > 0 ? "is in the allow list" : "is not in the deny list";
    return {
      verdict: "allowed",
      blocking: false,
      reason: parsed.alternatives.length > 1 ? `${chosen} (one choice of ${expression}) ${rule}` : `${chosen} ${rule}`
    };
  }
  if (judged.every((j) => j.denied.length > 0)) {
    const denied = unique(judged.flatMap((j) => j.denied.map((t) => t.display)));
    return {
      verdict: "denied",
      blocking: true,
      reason: `${expression} is denied: ${denied.join(", ")} ${denied.length === 1 ? "is" : "are"} in the deny list`
    };
  }
  const missing = unique(
    judged.filter((j) => j.denied.length === 0).flatMap((j) => j.notAllowed.map((t) => t.display))
  );
  return {
    verdict: "denied",
    blocking: true,
    reason: `${expression} is not allowed: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not in the allow list`
  };
}
function canonicalLicence(expression) {
  const parsed = parseExpression(expression);
  if ("unknown" in parsed) return null;
  const alternatives = parsed.alternatives.map(
    (terms) => unique(
      terms.map(
        (t) => `${t.base}${t.orLater ? "+" : ""}${t.exception !== void 0 ? ` with ${t.exception}` : ""}`
      )
    ).sort().join(" and ")
  );
  return unique(alternatives).sort().join(" or ");
}
function isSpdxExpression(expression) {
  return !("unknown" in parseExpression(expression));
}

// src/enrich/licences.ts
var DEFAULT_DEPS_DEV_URL = "https://api.deps.dev";
var DEFAULT_REGISTRY_URLS = {
  rubygems: "https://rubygems.org",
  packagist: "https://repo.packagist.org",
  pub: "https://pub.dev"
};
var DEPS_DEV_SYSTEMS = {
  npm: "npm",
  PyPI: "pypi",
  Go: "go",
  "crates.io": "cargo",
  Maven: "maven",
  NuGet: "nuget"
};
var trimBase = (url) => url.replace(/\/+$/, "");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var str = (value) => typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
var strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string" && v.trim() !== "") : [];
function combine(declared, conjunction) {
  if (declared.length === 0) return { expression: null, note: "the registry lists no licence" };
  const bad = declared.find((d) => !isSpdxExpression(d));
  if (bad !== void 0) return { expression: null, note: `"${bad}" is not an SPDX licence expression` };
  if (declared.length === 1) return { expression: declared[0] };
  return { expression: declared.map((d) => `(${d})`).join(` ${conjunction} `) };
}
function side(version, source, declared, conjunction) {
  const { expression, note } = combine(declared, conjunction);
  return { version, expression, declared, source, ...note !== void 0 ? { note } : {} };
}
function unknownSide(version, source, note) {
  return { version, expression: null, declared: [], source, note };
}
function repoFromName(ecosystem, name) {
  if (ecosystem === "GitHub Actions") {
    const [owner, repo] = name.split("/");
    return owner && repo ? `https://github.com/${owner}/${repo}` : void 0;
  }
  if (ecosystem === "SwiftURL" || ecosystem === "Go") {
    const match = /^(?:https?:\/\/)?(github\.com|gitlab\.com)\/([^/]+)\/([^/]+?)(?:\.git)?(?:\/|$)/i.exec(
      name
    );
    return match ? `https://${match[1].toLowerCase()}/${match[2]}/${match[3]}` : void 0;
  }
  return void 0;
}
async function fromDepsDev(http, depsDevUrl, system, ecosystem, name, version) {
  const queryName = ecosystem === "PyPI" ? normalizePythonName(name) : name;
  const url = `${trimBase(depsDevUrl)}/v3/systems/${system}/packages/${encodeURIComponent(queryName)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, "deps.dev", `deps.dev does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const links = {};
  for (const link of Array.isArray(body.links) ? body.links.filter(isRecord) : []) {
    const target = str(link.url);
    if (target === void 0) continue;
    if (link.label === "SOURCE_REPO") links.sourceRepo ??= target;
    else if (link.label === "ISSUE_TRACKER") links.issueTracker ??= target;
    else if (link.label === "HOMEPAGE") links.homepage ??= target;
  }
  return { licence: side(version, "deps.dev", strings(body.licenses), "AND"), links };
}
async function fromRubygems(http, base, name, version) {
  const url = `${trimBase(base)}/api/v2/rubygems/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, "rubygems", `rubygems.org does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const links = {};
  const source = str(body.source_code_uri) ?? str(metadata.source_code_uri);
  const issues = str(body.bug_tracker_uri) ?? str(metadata.bug_tracker_uri);
  const homepage = str(body.homepage_uri) ?? str(metadata.homepage_uri);
  const changelog = str(body.changelog_uri) ?? str(metadata.changelog_uri);
  if (source) links.sourceRepo = source;
  if (issues) links.issueTracker = issues;
  if (homepage) links.homepage = homepage;
  if (changelog) links.changelog = changelog;
  return { licence: side(version, "rubygems", strings(body.licenses), "AND"), links };
}
function expandPackagistVersions(entries) {
  const expanded = [];
  let previous = {};
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const current = { ...previous };
    for (const [key, value] of Object.entries(entry)) {
      if (key === "__proto__") continue;
      if (value === "__unset") delete current[key];
      else current[key] = value;
    }
    expanded.push(current);
    previous = current;
  }
  return expanded;
}
var stripV = (v) => v.replace(/^v(?=\d)/i, "");
async function fromPackagist(http, base, name, version) {
  const [vendor, pkg] = name.split("/");
  if (!vendor || !pkg) {
    return {
      licence: unknownSide(version, "packagist", `"${name}" is not a vendor/package name`),
      links: {}
    };
  }
  const dev = version.startsWith("dev-") || version.endsWith("-dev");
  const url = `${trimBase(base)}/p2/${encodeURIComponent(vendor)}/${encodeURIComponent(pkg)}${dev ? "~dev" : ""}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const versions = isRecord(body) && isRecord(body.packages) && Array.isArray(body.packages[name]) ? expandPackagistVersions(body.packages[name]) : void 0;
  if (status === 404 || versions === void 0) {
    if (status !== 404) throw new LookupError(url, `response has no "packages" entry for ${name}`);
    return { licence: unknownSide(version, "packagist", `Packagist does not know ${name}`), links: {} };
  }
  const entry = versions.find((v) => typeof v.version === "string" && stripV(v.version) === stripV(version));
  if (entry === void 0) {
    return {
      licence: unknownSide(version, "packagist", `Packagist lists no version ${version} of ${name}`),
      links: {}
    };
  }
  const links = {};
  const support = isRecord(entry.support) ? entry.support : {};
  const source = (isRecord(entry.source) ? str(entry.source.url) : void 0) ?? str(support.source);
  if (source) links.sourceRepo = source.replace(/\.git$/, "");
  const issues = str(support.issues);
  if (issues) links.issueTracker = issues;
  const homepage = str(entry.homepage);
  if (homepage) links.homepage = homepage;
  return { licence: side(version, "packagist", strings(entry.license), "OR"), links };
}
async function fromPub(http, base, name, version) {
  const url = `${trimBase(base)}/api/packages/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const note = "pub.dev's package API does not give the licence";
  if (status === 404) {
    return {
      licence: unknownSide(version, "pub.dev", `pub.dev does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const pubspec = isRecord(body.pubspec) ? body.pubspec : {};
  const links = {};
  const repository = str(pubspec.repository);
  const homepage = str(pubspec.homepage);
  const issues = str(pubspec.issue_tracker);
  if (repository) links.sourceRepo = repository;
  else if (homepage && /github\.com|gitlab\.com/i.test(homepage)) links.sourceRepo = homepage;
  if (homepage) links.homepage = homepage;
  if (issues) links.issueTracker = issues;
  return { licence: unknownSide(version, "pub.dev", note), links };
}
async function lookupVersionFacts(http, urls, ecosystem, name, version) {
  const system = DEPS_DEV_SYSTEMS[ecosystem];
  if (system !== void 0) return fromDepsDev(http, urls.depsDev, system, ecosystem, name, version);
  switch (ecosystem) {
    case "RubyGems":
      return fromRubygems(http, urls.registries.rubygems, name, version);
    case "Packagist":
      return fromPackagist(http, urls.registries.packagist, name, version);
    case "Pub":
      return fromPub(http, urls.registries.pub, name, version);
    default: {
      const repo = repoFromName(ecosystem, name);
      return {
        licence: unknownSide(version, "none", `no licence source for ${ecosystem} packages`),
        links: repo !== void 0 ? { sourceRepo: repo } : {}
      };
    }
  }
}

// src/enrich/cvss.ts
var AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
var AC = { L: 0.77, H: 0.44 };
var UI = { N: 0.85, R: 0.62 };
var CIA = { H: 0.56, L: 0.22, N: 0 };
function roundUp31(value) {
  const integer = Math.round(value * 1e5);
  return integer % 1e4 === 0 ? integer / 1e5 : (Math.floor(integer / 1e4) + 1) / 10;
}
var roundUp30 = (value) => Math.ceil(value * 10) / 10;
function cvss3BaseScore(vector) {
  const parts = vector.trim().split("/");
  const version = /^CVSS:3\.([01])$/.exec(parts[0] ?? "");
  if (!version) return void 0;
  const metrics = /* @__PURE__ */ new Map();
  for (const part of parts.slice(1)) {
    const [key, value] = part.split(":");
    if (key === void 0 || value === void 0 || metrics.has(key)) return void 0;
    metrics.set(key, value);
  }
  const scope = metrics.get("S");
  const av = AV[metrics.get("AV") ?? ""];
  const ac = AC[metrics.get("AC") ?? ""];
  const ui = UI[metrics.get("UI") ?? ""];
  const c = CIA[metrics.get("C") ?? ""];
  const i = CIA[metrics.get("I") ?? ""];
  const a = CIA[metrics.get("A") ?? ""];
  const prKey = metrics.get("PR");
  const pr = prKey === "N" ? 0.85 : prKey === "L" ? scope === "C" ? 0.68 : 0.62 : prKey === "H" ? scope === "C" ? 0.5 : 0.27 : void 0;
  if (scope !== "U" && scope !== "C" || av === void 0 || ac === void 0 || ui === void 0 || c === void 0 || i === void 0 || a === void 0 || pr === void 0) {
    return void 0;
  }
  const roundUp = version[1] === "1" ? roundUp31 : roundUp30;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === "U" ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
function labelForScore(score) {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}
function labelFromText(text) {
  if (typeof text !== "string") return void 0;
  switch (text.trim().toLowerCase()) {
    case "critical":
      return "critical";
    case "high":
    case "important":
      return "high";
    case "moderate":
    case "medium":
      return "medium";
    case "low":
      return "low";
    case "none":
      return "none";
    default:
      return void 0;
  }
}

// src/enrich/osv.ts
var OSV_BATCH_LIMIT = 1e3;
var OSV_MAX_PAGES = 100;
var FULL_SHA = /^[0-9a-f]{40}$/i;
function osvPackageName(ecosystem, name) {
  return ecosystem === "PyPI" ? normalizePythonName(name) : name;
}
function osvVersion(ecosystem, version) {
  return (ecosystem === "Go" || ecosystem === "GitHub Actions") && /^v\d/.test(version) ? version.slice(1) : version;
}
function planOsvQuery(change, side2) {
  const version = side2 === "from" ? change.from : change.to;
  if (version === null) return null;
  const ref = side2 === "from" ? change.fromRef : change.toRef;
  if (change.ecosystem === "GitHub Actions") {
    if (FULL_SHA.test(version)) {
      return {
        unchecked: `${change.name} is pinned to commit ${version.slice(0, 12)} with no version comment; OSV lists action anomalies by version`
      };
    }
  } else if (ref !== void 0) {
    return FULL_SHA.test(ref) ? { query: { commit: ref.toLowerCase() }, method: "commit" } : { unchecked: `${change.name} ${version} comes from git at "${ref}", which is not a full commit SHA` };
  }
  return {
    query: {
      package: { ecosystem: change.ecosystem, name: osvPackageName(change.ecosystem, change.name) },
      version: osvVersion(change.ecosystem, version)
    },
    method: "version"
  };
}
function osvQueryKey(query) {
  return "commit" in query ? `commit\0${query.commit}` : `${query.package.ecosystem}\0${query.package.name}\0${query.version}`;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function queryOsvBatch(http, osvUrl, queries) {
  const url = `${osvUrl.replace(/\/+$/, "")}/v1/querybatch`;
  const ids = queries.map(() => /* @__PURE__ */ new Set());
  let pending = queries.map((_, index) => ({ index, token: void 0, page: 0 }));
  let batchRequests = 0;
  while (pending.length > 0) {
    const next = [];
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const chunk = pending.slice(start, start + OSV_BATCH_LIMIT);
      const payload = {
        queries: chunk.map((p) => ({
          ...queries[p.index],
          ...p.token !== void 0 ? { page_token: p.token } : {}
        }))
      };
      batchRequests++;
      let results;
      try {
        const { body } = await http.postJson(url, payload);
        if (!isRecord2(body) || body.results !== void 0 && !Array.isArray(body.results)) {
          throw new LookupError(url, 'response has no "results" array');
        }
        results = body.results ?? [];
        if (results.length !== chunk.length) {
          throw new LookupError(
            url,
            `response has ${results.length} results for ${chunk.length} queries; OSV answers one per query, in order`
          );
        }
      } catch (error) {
        const failure = error instanceof LookupError ? error : new LookupError(url, String(error));
        for (const p of chunk) ids[p.index] = failure;
        continue;
      }
      chunk.forEach((p, i) => {
        const target = ids[p.index];
        if (!(target instanceof Set)) return;
        const result = results[i];
        if (!isRecord2(result)) return;
        const vulns = Array.isArray(result.vulns) ? result.vulns : [];
        for (const vuln of vulns) {
          if (isRecord2(vuln) && typeof vuln.id === "string" && vuln.id !== "") target.add(vuln.id);
        }
        const token = result.next_page_token;
        if (typeof token === "string" && token !== "") {
          if (p.page + 1 >= OSV_MAX_PAGES) {
            ids[p.index] = new LookupError(url, `more than ${OSV_MAX_PAGES} pages of results for one query`);
          } else {
            next.push({ index: p.index, token, page: p.page + 1 });
          }
        }
      });
    }
    pending = next;
  }
  return { ids: ids.map((v) => v instanceof Set ? [...v] : v), batchRequests };
}
async function fetchOsvRecords(http, osvUrl, ids, limit) {
  const base = osvUrl.replace(/\/+$/, "");
  const records = /* @__PURE__ */ new Map();
  await mapWithLimit(ids, limit, async (id) => {
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    try {
      const { body } = await http.getJson(url);
      if (!isRecord2(body) || body.id !== id) {
        throw new LookupError(url, `response is not the OSV record of ${id}`);
      }
      records.set(id, body);
    } catch (error) {
      records.set(id, error instanceof LookupError ? error : new LookupError(url, String(error)));
    }
  });
  return records;
}
var strings2 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
function samePackage(ecosystem, name, pkg) {
  if (!isRecord2(pkg) || typeof pkg.name !== "string" || typeof pkg.ecosystem !== "string") return false;
  if (pkg.ecosystem.split(":")[0] !== ecosystem) return false;
  const ours = osvPackageName(ecosystem, name);
  const theirs = osvPackageName(ecosystem, pkg.name);
  return ecosystem === "PyPI" || ecosystem === "NuGet" || ecosystem === "GitHub Actions" ? ours.toLowerCase() === theirs.toLowerCase() : ours === theirs;
}
function severityOf(record, affected) {
  const entries = [record.severity, ...affected.map((a) => a.severity)].flatMap((s) => Array.isArray(s) ? s : []).filter(isRecord2).filter(
    (s) => typeof s.type === "string" && typeof s.score === "string"
  );
  const databaseLabel = labelFromText(
    isRecord2(record.database_specific) ? record.database_specific.severity : void 0
  );
  const v3 = entries.find((s) => s.type === "CVSS_V3");
  if (v3) {
    const score = cvss3BaseScore(v3.score);
    if (score !== void 0) return { label: labelForScore(score), score, vector: v3.score, source: "cvss" };
  }
  const other = entries.find((s) => s.type === "CVSS_V4") ?? entries.find((s) => s.type === "CVSS_V2") ?? v3;
  const label = databaseLabel ?? "unknown";
  return {
    label,
    ...other ? { vector: other.score } : {},
    source: databaseLabel !== void 0 ? "database" : "none"
  };
}
function sortAliases(aliases) {
  const cve = aliases.filter((a) => a.startsWith("CVE-")).sort();
  return [...cve, ...aliases.filter((a) => !a.startsWith("CVE-")).sort()];
}
function anomalyUrl(id) {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function anomalyWithoutDetails(id) {
  return {
    id,
    aliases: [],
    summary: "",
    severity: { label: "unknown", source: "none" },
    url: anomalyUrl(id),
    fixedVersions: [],
    detailsMissing: true
  };
}
function toAnomaly(record, ecosystem, name, id) {
  if (!isRecord2(record)) return anomalyWithoutDetails(id);
  const affected = (Array.isArray(record.affected) ? record.affected : []).filter(isRecord2).filter((a) => samePackage(ecosystem, name, a.package));
  const fixed = /* @__PURE__ */ new Set();
  for (const entry of affected) {
    for (const range of Array.isArray(entry.ranges) ? entry.ranges.filter(isRecord2) : []) {
      if (range.type === "GIT") continue;
      for (const event of Array.isArray(range.events) ? range.events.filter(isRecord2) : []) {
        if (typeof event.fixed === "string") fixed.add(event.fixed);
      }
    }
  }
  const details = typeof record.details === "string" ? record.details.split("\n")[0] ?? "" : "";
  return {
    id,
    aliases: sortAliases(strings2(record.aliases)),
    summary: typeof record.summary === "string" && record.summary !== "" ? record.summary : details,
    severity: severityOf(record, affected),
    url: anomalyUrl(id),
    fixedVersions: [...fixed],
    ...typeof record.withdrawn === "string" ? { withdrawn: record.withdrawn } : {}
  };
}

// src/enrich/release-notes.ts
function parseGitHubRepo(url) {
  if (url === void 0) return void 0;
  const match = /^(?:git\+)?(?:(?:https?|git|ssh|git\+ssh):\/\/)?(?:[^@/]+@)?(?:www\.)?github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(
    url.trim()
  );
  if (!match) return void 0;
  const [, owner, repo] = match;
  if (repo === "" || repo === "." || repo === "..") return void 0;
  return { owner, repo };
}
function tagCandidates(name, version) {
  const bare = version.replace(/^v(?=\d)/, "");
  return [.../* @__PURE__ */ new Set([`v${bare}`, bare, `${name}@${bare}`, `${name}@v${bare}`])];
}
async function resolve(resolveTag, repo, candidates) {
  if (resolveTag === void 0) return { tag: candidates[0], guessed: true };
  try {
    const tag = await resolveTag(repo, candidates);
    return tag === void 0 ? void 0 : { tag, guessed: false };
  } catch {
    return { tag: candidates[0], guessed: true };
  }
}
var encodeTag = (tag) => tag.split("/").map(encodeURIComponent).join("/");
async function findReleaseNotes(change, links, resolveTag) {
  const repo = parseGitHubRepo(links.sourceRepo);
  const changelog = links.changelog;
  if (repo !== void 0 && change.to !== null) {
    const base = `https://github.com/${repo.owner}/${repo.repo}`;
    const to = await resolve(resolveTag, repo, tagCandidates(change.name, change.to));
    if (to !== void 0 && change.from !== null) {
      const from = await resolve(resolveTag, repo, tagCandidates(change.name, change.from));
      if (from !== void 0) {
        return {
          url: `${base}/compare/${encodeTag(from.tag)}...${encodeTag(to.tag)}`,
          kind: "compare",
          tagGuessed: from.guessed || to.guessed
        };
      }
    } else if (to !== void 0) {
      return { url: `${base}/releases/tag/${encodeTag(to.tag)}`, kind: "release", tagGuessed: to.guessed };
    }
    if (changelog !== void 0) return { url: changelog, kind: "changelog", tagGuessed: false };
    return { url: `${base}/releases`, kind: "releases", tagGuessed: false };
  }
  if (changelog !== void 0 && change.to !== null)
    return { url: changelog, kind: "changelog", tagGuessed: false };
  return null;
}

// src/register/validate.ts
function findEntry(register, ecosystem, name) {
  return register.entries.get(registerLookupKey(ecosystem, name));
}
function evaluateAnomaly(file, entry, anomaly, today) {
  const latest = (list) => [...list].sort((a, b) => (b.on ?? "") < (a.on ?? "") ? -1 : (b.on ?? "") > (a.on ?? "") ? 1 : 0)[0];
  const named = (ids) => {
    const wanted = new Set(ids.map((id) => id.trim().toUpperCase()));
    return entry?.anomalies.filter((e) => wanted.has(e.id.trim().toUpperCase())) ?? [];
  };
  const evaluation = latest(named([anomaly.id])) ?? latest(named(anomaly.aliases ?? []));
  if (!evaluation) return { anomaly, status: "not-evaluated" };
  if (evaluationProblems(file, "", evaluation).length > 0)
    return { anomaly, evaluation, status: "incomplete" };
  if (today !== void 0 && evaluation.expires !== void 0 && evaluation.expires < today)
    return { anomaly, evaluation, status: "expired" };
  if (evaluation.state === "in_triage") return { anomaly, evaluation, status: "in-triage" };
  return { anomaly, evaluation, status: "evaluated" };
}
function validateEntry(register, ecosystem, name, options = {}) {
  const key = registerKey(ecosystem, name);
  const entry = findEntry(register, ecosystem, name);
  const safetyClass = effectiveClass(entry, register.defaults);
  const problems = [];
  if (!entry) {
    problems.push({
      file: register.path,
      field: `items.${JSON.stringify(key)}`,
      message: `has no entry; add one (soup-gate register init writes a template) with at least the purpose${safetyClass === "A" ? "" : ", requirements, prerequisites and verification"} for class ${safetyClass}`
    });
  } else {
    problems.push(...entry.problems);
  }
  const anomalies = (options.anomalies ?? []).map(
    (anomaly) => evaluateAnomaly(register.path, entry, anomaly, options.today)
  );
  if (safetyClass !== "A") {
    for (const finding of anomalies) {
      if (finding.status === "evaluated") continue;
      const detail = {
        "not-evaluated": "is not evaluated",
        "in-triage": "is still in_triage",
        expired: `was evaluated but the evaluation expired on ${finding.evaluation?.expires ?? ""}`,
        incomplete: "has an incomplete evaluation"
      };
      problems.push({
        file: register.path,
        ...finding.evaluation ? { line: finding.evaluation.line } : entry ? { line: entry.line } : {},
        field: `items.${JSON.stringify(entry?.key ?? key)}.anomalies`,
        message: `anomaly ${finding.anomaly.id} ${detail[finding.status]}; class ${safetyClass} needs an evaluation (IEC 62304 7.1.3): id, state, reason, by, on`
      });
    }
  }
  return {
    key,
    ...entry ? { entry } : {},
    safetyClass,
    classSource: entry?.safetyClass !== void 0 ? "entry" : "defaults",
    complete: problems.length === 0,
    problems,
    anomalies
  };
}
function usableEvaluations(register, entry) {
  if (!entry) return [];
  return entry.anomalies.filter(
    (e) => e.state !== void 0 && evaluationProblems(register.path, "", e).length === 0
  );
}

export {
  meetsPermission,
  PolicyFileError,
  parsePolicyFile,
  LookupError,
  createHttpClient,
  mapWithLimit,
  require_spdx_expression_parse,
  evaluateLicence,
  canonicalLicence,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_REGISTRY_URLS,
  repoFromName,
  lookupVersionFacts,
  planOsvQuery,
  osvQueryKey,
  queryOsvBatch,
  fetchOsvRecords,
  anomalyWithoutDetails,
  toAnomaly,
  parseGitHubRepo,
  findReleaseNotes,
  matchIgnoredPackages,
  removeIgnoredPackages,
  isInScope,
  truncate,
  escapeText,
  code,
  safeUrl,
  toPlainText,
  classifyAnomalies,
  formatProblem,
  RegisterError,
  registerKey,
  registerLookupKey,
  parseRegisterKey,
  effectiveClass,
  emptyRegister,
  parseRegister,
  findEntry,
  evaluateAnomaly,
  validateEntry,
  usableEvaluations,
  loadInventory
};

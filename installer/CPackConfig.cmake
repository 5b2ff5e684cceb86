# Packaging lives in the repo and is driven by the build (CONVENTIONS.md #17).
#   Linux:   scripts/package (cpack -G DEB, RPM and TGZ, then lintian, rpmlint, appstreamcli,
#            desktop-file-validate); the packages depend on the distribution's Qt, libpqxx, hiredis
#   Windows: cpack -G NSIS after the install step ran windeployqt (Qt 6.4's deploy script)
#   macOS:   cpack -G DragNDrop after the install step ran macdeployqt
# What a package holds is the install step's "Unspecified" component: the console and qmctl with
# everything they need. The storefront simulator (server/, component "sandbox") is a test tool for
# the sandbox and stays out of the packages.

# `cpack` builds only what the packages hold when the build folder has it (scripts/package builds
# those targets first) instead of `all` (the tests and benchmarks) before each run.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(QM_APP_ID org.quartermaster.Quartermaster)

# The translations, as compiled by the build (app/quartermaster: lrelease writes NAME.qm next to
# its target); the console embeds the same files under :/i18n.
file(GLOB QM_PACKAGE_TS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/translations/*.ts)
set(QM_PACKAGE_QM)
foreach(ts ${QM_PACKAGE_TS})
  get_filename_component(name ${ts} NAME_WE)
  list(APPEND QM_PACKAGE_QM ${CMAKE_BINARY_DIR}/app/quartermaster/${name}.qm)
endforeach()

if(UNIX AND NOT APPLE)
  include(installer/linux/install.cmake)
elseif(WIN32)
  include(installer/windows/install.cmake)
elseif(APPLE)
  include(installer/macos/install.cmake)
endif()

set(CPACK_VERBATIM_VARIABLES ON) # values reach cpack as written here (no double escaping)
set(CPACK_PACKAGE_NAME "quartermaster")
set(CPACK_PACKAGE_VENDOR "Quartermaster")
set(CPACK_PACKAGE_CONTACT "Quartermaster maintainers <maintainers@quartermaster.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for online stores")
set(CPACK_PACKAGE_DESCRIPTION
    "Quartermaster is a desktop console for the people who run an online store:\n"
    "merchandisers edit the catalog, store managers watch orders and adjust stock,\n"
    "on-call engineers purge caches and run failover runbooks, against the store's\n"
    "PostgreSQL cluster, Redis and Varnish. Every destructive action has a dry run,\n"
    "a confirmation and an audit record.\n"
    "\n"
    "The package holds the console (quartermaster), its command line (qmctl) and\n"
    "the database migrations they apply on the store's server.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Quartermaster")
set(CPACK_PACKAGE_EXECUTABLES "quartermaster;Quartermaster") # the Start-menu entry (NSIS)
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/installer/license.txt)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL Unspecified)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\.git/")

if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR NSIS)
  elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
  else()
    set(CPACK_GENERATOR DEB RPM TGZ)
  endif()
endif()
# One package per generator, holding the components above.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
# Per-generator settings (the TGZ unpacks into one folder; the DEB and RPM must not).
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_SOURCE_DIR}/installer/cpack-generator.cmake)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)

# --- Debian ---
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps finds libQt6*, libpqxx, libhiredis, libssl
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's SVG plugins draw the icons at every
# size (without them the console falls back to its PNG copies).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, postgresql-15, redis-server")

# --- RPM (rpmbuild from Debian's rpm package; Fedora/openSUSE names for what it needs) ---
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-proprietary")
set(CPACK_RPM_PACKAGE_SUMMARY "Operations console for online stores")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON) # rpm's own ELF dependency finder (like shlibdeps)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
file(GLOB_RECURSE _qm_icon_dirs LIST_DIRECTORIES true ${CMAKE_SOURCE_DIR}/resources/icons/hicolor/*)
foreach(dir ${_qm_icon_dirs})
  if(IS_DIRECTORY ${dir})
    file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR}/resources/icons ${dir})
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /usr/share/icons/${rel})
  endif()
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
     /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

# --- Windows (NSIS) ---
set(CPACK_NSIS_DISPLAY_NAME "Quartermaster")
set(CPACK_NSIS_PACKAGE_NAME "Quartermaster ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\quartermaster.exe")
set(CPACK_NSIS_MUI_ICON ${CMAKE_SOURCE_DIR}/installer/windows/quartermaster.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_SOURCE_DIR}/installer/windows/quartermaster.ico)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# .qmprofile files (connection profiles) open in the console; removed again by the uninstaller.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.qmprofile" "" "Quartermaster.Profile"
  WriteRegStr SHCTX "Software\Classes\Quartermaster.Profile" "" "Quartermaster connection profile"
  WriteRegStr SHCTX "Software\Classes\Quartermaster.Profile\DefaultIcon" "" "$INSTDIR\bin\quartermaster.exe,0"
  WriteRegStr SHCTX "Software\Classes\Quartermaster.Profile\shell\open\command" "" '"$INSTDIR\bin\quartermaster.exe" --profile "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.qmprofile" ""
  StrCmp $0 "Quartermaster.Profile" 0 +2
  DeleteRegKey SHCTX "Software\Classes\.qmprofile"
  DeleteRegKey SHCTX "Software\Classes\Quartermaster.Profile"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- macOS (DragNDrop) ---
set(CPACK_DMG_VOLUME_NAME "Quartermaster")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)

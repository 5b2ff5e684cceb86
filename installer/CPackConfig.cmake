# Packaging lives in the repo and is driven by the build (CONVENTIONS.md #17).
#   Linux:   cpack -G DEB / -G TGZ   (the package depends on the distribution's Qt, libpqxx, hiredis)
#   Windows: cpack -G NSIS           (after windeployqt via the deploy script below)
#   macOS:   cpack -G DragNDrop      (after macdeployqt via the deploy script below)

install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/quartermaster.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/org.quartermaster.Quartermaster.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/server/migrations ${CMAKE_SOURCE_DIR}/server/seed
        DESTINATION ${CMAKE_INSTALL_DATADIR}/quartermaster/server OPTIONAL)

if(WIN32 OR APPLE)
  # Qt 6.4's deploy script supports Windows and macOS; on Linux we depend on the distribution's Qt.
  qt_generate_deploy_app_script(TARGET quartermaster OUTPUT_SCRIPT QM_DEPLOY_SCRIPT
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${QM_DEPLOY_SCRIPT})
endif()

set(CPACK_PACKAGE_NAME "quartermaster")
set(CPACK_PACKAGE_VENDOR "Quartermaster")
set(CPACK_PACKAGE_CONTACT "Quartermaster maintainers <maintainers@quartermaster.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Quartermaster")
set(CPACK_RESOURCE_FILE_README ${CMAKE_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

if(NOT CPACK_GENERATOR)
  if(WIN32)
    set(CPACK_GENERATOR NSIS)
  elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
  else()
    set(CPACK_GENERATOR DEB TGZ)
  endif()
endif()

# --- Debian ---
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # dpkg-shlibdeps finds libQt6*, libpqxx, libhiredis, libssl
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15, redis-server")

# --- Windows (NSIS) ---
set(CPACK_NSIS_DISPLAY_NAME "Quartermaster")
set(CPACK_NSIS_PACKAGE_NAME "Quartermaster ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\quartermaster.exe")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Quartermaster.lnk' '$INSTDIR\\\\bin\\\\quartermaster.exe'")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

# --- macOS (DragNDrop) ---
set(CPACK_DMG_VOLUME_NAME "Quartermaster")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)

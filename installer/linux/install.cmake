# What the Linux packages (DEB, RPM, TGZ) install besides the two programs (their own install()
# rules in app/): desktop entry, AppStream metadata, icons, manual pages, the server contract, the
# translations, and Debian's copyright and changelog. Paths are relative to the prefix (/usr).

install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/${QM_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/${QM_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The application icon in the hicolor theme: PNGs at 16..512 px (resources/icons/render.sh) and
# the SVG.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/icons/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/quartermaster.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${QM_APP_ID}.svg)

# The server contract: migrations (also embedded in the programs) and the sandbox seed.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/server/migrations ${CMAKE_SOURCE_DIR}/server/seed
        DESTINATION ${CMAKE_INSTALL_DATADIR}/quartermaster/server)

install(FILES ${QM_PACKAGE_QM} DESTINATION ${CMAKE_INSTALL_DATADIR}/quartermaster/translations)
# The user guide (Help ▸ User guide reads it here; not under /usr/share/doc, which minimal
# installs leave out with dpkg's path-exclude).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/guide/ DESTINATION ${CMAKE_INSTALL_DATADIR}/quartermaster/guide
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

# Manual pages (docs/man, written by docs/man/generate.sh from the programs' --help) and the
# changelog, compressed as Debian wants them (gzip -9n: no name, no timestamp).
set(QM_GZ_FILES)
foreach(src docs/man/quartermaster.1 docs/man/qmctl.1 installer/linux/changelog)
  get_filename_component(name ${src} NAME)
  set(out ${CMAKE_BINARY_DIR}/packaging/${name}.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/${src} > ${out}
    DEPENDS ${CMAKE_SOURCE_DIR}/${src} VERBATIM)
  list(APPEND QM_GZ_FILES ${out})
endforeach()
add_custom_target(qm_package_files DEPENDS ${QM_GZ_FILES})
install(FILES ${CMAKE_BINARY_DIR}/packaging/quartermaster.1.gz ${CMAKE_BINARY_DIR}/packaging/qmctl.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/copyright
              ${CMAKE_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/quartermaster) # the package name, as Debian wants

# The programs find Qt and the other libraries in the system's folders: no RUNPATH
# (qt_standard_project_setup's $ORIGIN:$ORIGIN/../lib is for relocatable bundles; rpmlint
# rejects it). Only the installed copies change; the build folder's programs keep theirs.
set_target_properties(quartermaster qmctl PROPERTIES INSTALL_RPATH "")

# lintian overrides, each with its reason, if a warning ever has to stay (none does now).
if(EXISTS ${CMAKE_SOURCE_DIR}/installer/linux/lintian-overrides)
  install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/lintian-overrides
          DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME quartermaster)
endif()

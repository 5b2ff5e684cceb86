# Windows: the console without a console window, its icon, Qt's DLLs and plugins next to the
# programs (windeployqt through Qt 6.4's deploy script), the other DLLs they load (vcpkg's
# libpqxx, libpq, hiredis, OpenSSL, qtkeychain, yaml-cpp), the server contract, the translations.
# Written for the MSVC + vcpkg build of .github/workflows/desktop.yml; not run on this Linux host.

set_target_properties(quartermaster PROPERTIES WIN32_EXECUTABLE ON)
# The executable's icon (Explorer, taskbar, the .qmprofile association's DefaultIcon).
file(WRITE ${CMAKE_BINARY_DIR}/packaging/quartermaster.rc
     "IDI_ICON1 ICON \"${CMAKE_SOURCE_DIR}/installer/windows/quartermaster.ico\"\n")
target_sources(quartermaster PRIVATE ${CMAKE_BINARY_DIR}/packaging/quartermaster.rc)

# Qt 6.4: qt_generate_deploy_app_script(TARGET ... FILENAME_VARIABLE ...) (6.5 renamed it to
# OUTPUT_SCRIPT); the script runs windeployqt on bin/quartermaster.exe and writes qt.conf. qmctl
# sits in the same folder and needs a subset of the same Qt DLLs.
qt_generate_deploy_app_script(TARGET quartermaster FILENAME_VARIABLE QM_DEPLOY_SCRIPT)
install(SCRIPT ${QM_DEPLOY_SCRIPT})

# DLLs that are not Qt's: found from the two executables at install time, in vcpkg's bin folder.
install(TARGETS quartermaster qmctl RUNTIME_DEPENDENCY_SET qm_runtime_deps
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(QM_DLL_DIRS)
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
  list(APPEND QM_DLL_DIRS ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
endif()
install(RUNTIME_DEPENDENCY_SET qm_runtime_deps
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "^Qt6.*" # Qt's are windeployqt's
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
        DIRECTORIES ${QM_DLL_DIRS})

install(DIRECTORY ${CMAKE_SOURCE_DIR}/server/migrations ${CMAKE_SOURCE_DIR}/server/seed
        DESTINATION share/quartermaster/server)
install(FILES ${QM_PACKAGE_QM} DESTINATION share/quartermaster/translations)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/guide/ DESTINATION share/quartermaster/guide
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

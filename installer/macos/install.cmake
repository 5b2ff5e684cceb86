# macOS: Quartermaster.app (Info.plist, icns), qmctl inside the bundle, Qt's frameworks and
# plugins deployed into it by macdeployqt (Qt 6.4's deploy support), then code signing when
# QM_MACOS_SIGN_IDENTITY is set; cpack -G DragNDrop makes the DMG, which installer/macos/notarize.cmake
# signs, notarizes and staples when the notary credentials are set (see installer/macos/README.md).
# Written for the Homebrew/vcpkg build of .github/workflows/desktop.yml; not run on this Linux host.

if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
  set(CMAKE_OSX_DEPLOYMENT_TARGET 11.0)
endif()
set(QM_MACOS_ICNS ${CMAKE_SOURCE_DIR}/installer/macos/quartermaster.icns)
target_sources(quartermaster PRIVATE ${QM_MACOS_ICNS})
set_source_files_properties(${QM_MACOS_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(quartermaster PROPERTIES
  OUTPUT_NAME Quartermaster
  MACOSX_BUNDLE ON
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/installer/macos/Info.plist.in
  MACOSX_BUNDLE_EXECUTABLE_NAME Quartermaster
  MACOSX_BUNDLE_BUNDLE_NAME Quartermaster
  MACOSX_BUNDLE_GUI_IDENTIFIER ${QM_APP_ID}
  MACOSX_BUNDLE_ICON_FILE quartermaster.icns
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Quartermaster maintainers")

# Resources of the bundle: the server contract and the translations.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/server/migrations ${CMAKE_SOURCE_DIR}/server/seed
        DESTINATION Quartermaster.app/Contents/Resources/server)
install(FILES ${QM_PACKAGE_QM} DESTINATION Quartermaster.app/Contents/Resources/translations)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/guide/ DESTINATION Quartermaster.app/Contents/Resources/guide
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

# Qt 6.4's deploy support: macdeployqt on the bundle, with qmctl (installed into
# Contents/MacOS by app/qmctl) as an extra executable so it uses the bundle's frameworks too.
# qt_generate_deploy_app_script (6.4: FILENAME_VARIABLE) cannot name an extra executable, so the
# script is written here with the same two lines it would write plus ADDITIONAL_EXECUTABLES.
set(QM_MACOS_DEPLOY ${CMAKE_BINARY_DIR}/packaging/deploy-macos.cmake)
file(GENERATE OUTPUT ${QM_MACOS_DEPLOY} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"Quartermaster.app\"
    ADDITIONAL_EXECUTABLES \"Quartermaster.app/Contents/MacOS/qmctl\")
")
install(SCRIPT ${QM_MACOS_DEPLOY})

# Signing hook: QM_MACOS_SIGN_IDENTITY is a "Developer ID Application: ..." identity in the
# keychain (the CI workflow imports it from its secrets). Hardened runtime, as notarization needs.
install(CODE [=[
  set(identity "$ENV{QM_MACOS_SIGN_IDENTITY}")
  set(app "${CMAKE_INSTALL_PREFIX}/Quartermaster.app")
  if(identity)
    message(STATUS "codesign: signing ${app} as ${identity}")
    execute_process(COMMAND codesign --force --timestamp --options runtime --sign "${identity}"
                            "${app}/Contents/MacOS/qmctl" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND codesign --force --deep --timestamp --options runtime
                            --sign "${identity}" "${app}" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND codesign --verify --strict --verbose=2 "${app}" COMMAND_ERROR_IS_FATAL ANY)
  else()
    message(STATUS "codesign: QM_MACOS_SIGN_IDENTITY not set; the bundle stays unsigned")
  endif()
]=])

set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_SOURCE_DIR}/installer/macos/notarize.cmake)

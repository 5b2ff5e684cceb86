# CPack post-build script (macOS, DragNDrop): signs the DMG and has Apple notarize it, then
# staples the ticket, when the environment names the identities; otherwise says what it skipped.
#   QM_MACOS_SIGN_IDENTITY   "Developer ID Application: ..." (also signs the app: install.cmake)
#   QM_NOTARY_KEYCHAIN_PROFILE   a profile stored with `xcrun notarytool store-credentials`, or
#   QM_NOTARY_APPLE_ID, QM_NOTARY_TEAM_ID, QM_NOTARY_PASSWORD   (an app-specific password)
foreach(dmg IN LISTS CPACK_PACKAGE_FILES)
  if(NOT dmg MATCHES "\\.dmg$")
    continue()
  endif()
  if(NOT "$ENV{QM_MACOS_SIGN_IDENTITY}" STREQUAL "")
    execute_process(COMMAND codesign --force --timestamp --sign "$ENV{QM_MACOS_SIGN_IDENTITY}" "${dmg}"
                    COMMAND_ERROR_IS_FATAL ANY)
  endif()
  set(credentials)
  if(NOT "$ENV{QM_NOTARY_KEYCHAIN_PROFILE}" STREQUAL "")
    set(credentials --keychain-profile "$ENV{QM_NOTARY_KEYCHAIN_PROFILE}")
  elseif(NOT "$ENV{QM_NOTARY_APPLE_ID}" STREQUAL "")
    set(credentials --apple-id "$ENV{QM_NOTARY_APPLE_ID}" --team-id "$ENV{QM_NOTARY_TEAM_ID}"
                    --password "$ENV{QM_NOTARY_PASSWORD}")
  endif()
  if(NOT credentials)
    message(STATUS "notarize: no notary credentials in the environment; ${dmg} is not notarized")
    continue()
  endif()
  message(STATUS "notarize: submitting ${dmg}")
  execute_process(COMMAND xcrun notarytool submit "${dmg}" ${credentials} --wait
                  COMMAND_ERROR_IS_FATAL ANY)
  execute_process(COMMAND xcrun stapler staple "${dmg}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()

# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE): settings that differ by generator.
if(CPACK_GENERATOR MATCHES "^(TGZ|TXZ|ZIP)$")
  # An archive unpacks into quartermaster-VERSION-Linux/ rather than into the current folder.
  set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()

# Keeps v8x's WAMR build offline: simde comes from Debian's libsimde-dev (see install.sh).
set(FETCHCONTENT_SOURCE_DIR_SIMDE "/usr/include" CACHE PATH "simde headers from libsimde-dev" FORCE)
set(FETCHCONTENT_FULLY_DISCONNECTED ON CACHE BOOL "never download at build time" FORCE)

// Module MSRender.

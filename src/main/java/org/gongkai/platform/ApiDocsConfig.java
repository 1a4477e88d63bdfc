package org.gongkai.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /api/v1/openapi.json. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI gongkaiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gongkai API").version("v1")
                        .description("政务公开平台接口。Staff endpoints take a personal API token, created on the "
                                + "account page (/account), as `Authorization: Bearer <token>`, with the same "
                                + "permissions as the back-office pages; a read-scope token may only GET. There is no "
                                + "HTTP Basic and no session: a state-changing call without a token is refused. "
                                + "Errors are JSON {status, message, fields}.")
                        .license(new License().name("Open source")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("gk_…")
                                .description("Personal API token (scope read or write), from /account")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
